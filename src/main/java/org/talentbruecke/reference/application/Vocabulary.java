package org.talentbruecke.reference.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.LabelLanguages;
import org.talentbruecke.reference.domain.LocalizedLabel;

/**
 * What every context may ask about ESCO concepts: whether one exists, its label in the reader's
 * language (with the language the label is really in), and the facts of occupations. Answers many
 * concepts in one call, so lists never ask once per row.
 */
public interface Vocabulary {
  boolean exists(String uri);

  boolean exists(String uri, ConceptType type);

  /**
   * The preferred label per URI in {@code language}, else in the fallback order of {@link
   * LabelLanguages#forReader}; URIs without any label in these languages are left out.
   */
  default Map<String, LocalizedLabel> labels(Collection<String> uris, String language) {
    return labels(uris, LabelLanguages.forReader(language));
  }

  /** The preferred label per URI in the first of {@code order} that has one. */
  Map<String, LocalizedLabel> labels(Collection<String> uris, List<String> order);

  /** The facts of each URI that names an ESCO occupation; other URIs are left out. */
  Map<String, OccupationFacts> occupationFacts(Collection<String> occupationUris);

  /**
   * @param code ESCO's code of the occupation, e.g. "2221.1" (may be empty)
   * @param iscoCode the 4-digit ISCO-08 unit group (may be empty when ESCO has none)
   * @param escoRegulated true when ESCO itself marks the occupation as a regulated profession
   */
  record OccupationFacts(String uri, String code, String iscoCode, boolean escoRegulated) {}

  /**
   * Every link of ESCO's concept hierarchy as (concept, its direct broader concept), for building
   * an in-memory graph once (matching). Empty where no ESCO data are stored.
   */
  default List<ConceptLink> broaderLinks() {
    return List.of();
  }

  /** Every (occupation, essential skill) link ESCO lists, for building an in-memory graph once. */
  default List<ConceptLink> essentialSkillLinks() {
    return List.of();
  }

  /** A directed link between two ESCO concepts. */
  record ConceptLink(String from, String to) {}
}
