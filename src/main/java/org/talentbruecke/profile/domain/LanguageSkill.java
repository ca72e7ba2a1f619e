package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;

/**
 * A language the person speaks: a mother tongue (no levels, it is not rated) or another language
 * with a CEFR level for some or all of the five Europass sub-skills.
 */
@Embeddable
public class LanguageSkill {
  @Column(name = "LANGUAGE_CODE", nullable = false, length = 3)
  private String code;

  @Column(name = "MOTHER_TONGUE", nullable = false)
  private boolean motherTongue;

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

  protected LanguageSkill() {}

  public LanguageSkill(String code, boolean motherTongue, Map<CefrSkill, CefrLevel> levels) {
    this.code = Objects.requireNonNull(code);
    this.motherTongue = motherTongue;
    if (motherTongue && !levels.isEmpty()) {
      throw new IllegalArgumentException("A mother tongue has no CEFR levels");
    }
    if (!motherTongue && levels.isEmpty()) {
      throw new IllegalArgumentException("A foreign language needs at least one CEFR level");
    }
    listening = levels.get(CefrSkill.LISTENING);
    reading = levels.get(CefrSkill.READING);
    spokenInteraction = levels.get(CefrSkill.SPOKEN_INTERACTION);
    spokenProduction = levels.get(CefrSkill.SPOKEN_PRODUCTION);
    writing = levels.get(CefrSkill.WRITING);
  }

  public static LanguageSkill motherTongue(String code) {
    return new LanguageSkill(code, true, Map.of());
  }

  /** The same level for all five sub-skills, as a certificate usually states it. */
  public static LanguageSkill atLevel(String code, CefrLevel level) {
    Map<CefrSkill, CefrLevel> levels = new EnumMap<>(CefrSkill.class);
    for (CefrSkill skill : CefrSkill.values()) {
      levels.put(skill, level);
    }
    return new LanguageSkill(code, false, levels);
  }

  public String getCode() {
    return code;
  }

  public boolean isMotherTongue() {
    return motherTongue;
  }

  /** The rated sub-skills, in Europass order. */
  public Map<CefrSkill, CefrLevel> levels() {
    Map<CefrSkill, CefrLevel> levels = new EnumMap<>(CefrSkill.class);
    putIfRated(levels, CefrSkill.LISTENING, listening);
    putIfRated(levels, CefrSkill.READING, reading);
    putIfRated(levels, CefrSkill.SPOKEN_INTERACTION, spokenInteraction);
    putIfRated(levels, CefrSkill.SPOKEN_PRODUCTION, spokenProduction);
    putIfRated(levels, CefrSkill.WRITING, writing);
    return levels;
  }

  private static void putIfRated(
      Map<CefrSkill, CefrLevel> levels, CefrSkill skill, CefrLevel level) {
    if (level != null) {
      levels.put(skill, level);
    }
  }
}
