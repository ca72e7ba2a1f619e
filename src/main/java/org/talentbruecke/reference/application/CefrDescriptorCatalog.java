package org.talentbruecke.reference.application;

import java.util.Map;
import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;

/**
 * Plain-language CEFR texts (level summaries, sub-skill names, level-by-skill descriptors) from
 * cefr-descriptors.csv.
 *
 * <p>Read once at start-up by the reference context and injected.
 */
public final class CefrDescriptorCatalog {

  private final Map<String, LocalizedText> texts;

  /**
   * The texts by key ("level.B1", "skill.READING", "B1.READING"); every level, skill and
   * combination must have one, so that a missing row is a start-up error, not a user-facing gap.
   */
  public CefrDescriptorCatalog(Map<String, LocalizedText> texts) {
    this.texts = Map.copyOf(texts);
    for (CefrLevel level : CefrLevel.values()) {
      levelSummary(level);
      for (CefrSkill skill : CefrSkill.values()) {
        skillName(skill);
        descriptor(level, skill);
      }
    }
  }

  /** One sentence describing the level as a whole. */
  public LocalizedText levelSummary(CefrLevel level) {
    return get("level." + level.name());
  }

  /** The name of the sub-skill as used in the Europass grid. */
  public LocalizedText skillName(CefrSkill skill) {
    return get("skill." + skill.name());
  }

  /** One sentence describing what a person at this level can do in this sub-skill. */
  public LocalizedText descriptor(CefrLevel level, CefrSkill skill) {
    return get(level.name() + "." + skill.name());
  }

  private LocalizedText get(String key) {
    LocalizedText text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("missing key " + key);
    }
    return text;
  }
}
