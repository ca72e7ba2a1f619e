package org.talentbruecke.reference.application;

import java.util.List;

/** An occupation and the skills ESCO says it needs, with labels in one requested language. */
public record OccupationSkills(
    ConceptLabel occupation,
    String iscoCode,
    List<ConceptLabel> essential,
    List<ConceptLabel> optional) {

  public OccupationSkills {
    essential = List.copyOf(essential);
    optional = List.copyOf(optional);
  }

  /**
   * A concept and the label to show for it.
   *
   * @param fallback true when the label is not in the requested language
   * @param knowledge true when ESCO types the skill as knowledge (a field such as "Chirurgie"),
   *     false for a skill or competence (something a person does)
   */
  public record ConceptLabel(
      String uri, String label, String language, boolean fallback, boolean knowledge) {
    public ConceptLabel(String uri, String label, String language, boolean fallback) {
      this(uri, label, language, fallback, false);
    }

    public ConceptLabel withKnowledge(boolean isKnowledge) {
      return new ConceptLabel(uri, label, language, fallback, isKnowledge);
    }
  }
}
