package org.talentbruecke.reference.domain.language;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CEFR level for each of the five Europass sub-skills of one language; null means "not rated"
 * (for what a person speaks) or "not required" (for what an opening asks). The same value on both
 * sides, so a profile's German can be compared with an opening's German sub-skill by sub-skill.
 *
 * <p>Embedded by the opening (columns GERMAN_LISTENING …) and by a profile's language (columns
 * LISTENING …); each maps the fields to its columns with {@code @AttributeOverrides}. Immutable.
 */
@Embeddable
public class CefrSkillLevels {
  @Enumerated(EnumType.STRING)
  @Column(name = "LISTENING", length = 2)
  private CefrLevel listening;

  @Enumerated(EnumType.STRING)
  @Column(name = "READING", length = 2)
  private CefrLevel reading;

  @Enumerated(EnumType.STRING)
  @Column(name = "SPOKEN_INTERACTION", length = 2)
  private CefrLevel spokenInteraction;

  @Enumerated(EnumType.STRING)
  @Column(name = "SPOKEN_PRODUCTION", length = 2)
  private CefrLevel spokenProduction;

  @Enumerated(EnumType.STRING)
  @Column(name = "WRITING", length = 2)
  private CefrLevel writing;

  /** No sub-skill rated or required. */
  public CefrSkillLevels() {}

  public CefrSkillLevels(
      CefrLevel listening,
      CefrLevel reading,
      CefrLevel spokenInteraction,
      CefrLevel spokenProduction,
      CefrLevel writing) {
    this.listening = listening;
    this.reading = reading;
    this.spokenInteraction = spokenInteraction;
    this.spokenProduction = spokenProduction;
    this.writing = writing;
  }

  /** The levels of the sub-skills in the map; those missing stay null. */
  public static CefrSkillLevels of(Map<CefrSkill, CefrLevel> levels) {
    return new CefrSkillLevels(
        levels.get(CefrSkill.LISTENING),
        levels.get(CefrSkill.READING),
        levels.get(CefrSkill.SPOKEN_INTERACTION),
        levels.get(CefrSkill.SPOKEN_PRODUCTION),
        levels.get(CefrSkill.WRITING));
  }

  /** The same level for all five sub-skills, as a certificate usually states it. */
  public static CefrSkillLevels allAt(CefrLevel level) {
    Objects.requireNonNull(level);
    return new CefrSkillLevels(level, level, level, level, level);
  }

  public CefrLevel getListening() {
    return listening;
  }

  public CefrLevel getReading() {
    return reading;
  }

  public CefrLevel getSpokenInteraction() {
    return spokenInteraction;
  }

  public CefrLevel getSpokenProduction() {
    return spokenProduction;
  }

  public CefrLevel getWriting() {
    return writing;
  }

  /** The level of one sub-skill, null when it is not rated or not required. */
  public CefrLevel level(CefrSkill skill) {
    return switch (skill) {
      case LISTENING -> listening;
      case READING -> reading;
      case SPOKEN_INTERACTION -> spokenInteraction;
      case SPOKEN_PRODUCTION -> spokenProduction;
      case WRITING -> writing;
    };
  }

  /** The sub-skills that have a level, in Europass order. */
  public Map<CefrSkill, CefrLevel> asMap() {
    Map<CefrSkill, CefrLevel> levels = new EnumMap<>(CefrSkill.class);
    for (CefrSkill skill : CefrSkill.values()) {
      CefrLevel level = level(skill);
      if (level != null) {
        levels.put(skill, level);
      }
    }
    return levels;
  }

  /** True when no sub-skill has a level. */
  public boolean isEmpty() {
    return asMap().isEmpty();
  }

  /** The highest level of any sub-skill, empty when none has one. */
  public Optional<CefrLevel> highest() {
    return asMap().values().stream().max(Enum::compareTo);
  }

  /**
   * True when this sub-skill meets what the other levels require of it: nothing required, or a
   * level at least as high. A sub-skill without a level here meets no requirement.
   */
  public boolean meets(CefrSkill skill, CefrSkillLevels required) {
    CefrLevel needed = required.level(skill);
    CefrLevel own = level(skill);
    return needed == null || (own != null && own.isAtLeast(needed));
  }

  /** The sub-skills, in Europass order, whose level here falls short of the required one. */
  public List<CefrSkill> shortOf(CefrSkillLevels required) {
    List<CefrSkill> missing = new ArrayList<>();
    for (CefrSkill skill : CefrSkill.values()) {
      if (!meets(skill, required)) {
        missing.add(skill);
      }
    }
    return missing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CefrSkillLevels that && asMap().equals(that.asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
