package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Map;
import java.util.Objects;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;

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

  // The columns LISTENING, READING … are the value type's own defaults, so no override is needed.
  // Null when read back with no sub-skill rated: JPA reads an all-null embedded value as null.
  @Embedded private CefrSkillLevels levels;

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
    this.levels = CefrSkillLevels.of(levels);
  }

  public static LanguageSkill motherTongue(String code) {
    return new LanguageSkill(code, true, Map.of());
  }

  /** The same level for all five sub-skills, as a certificate usually states it. */
  public static LanguageSkill atLevel(String code, CefrLevel level) {
    return new LanguageSkill(code, false, CefrSkillLevels.allAt(level).asMap());
  }

  public String getCode() {
    return code;
  }

  public boolean isMotherTongue() {
    return motherTongue;
  }

  /** The rated sub-skills, in Europass order. */
  public Map<CefrSkill, CefrLevel> levels() {
    return subSkills().asMap();
  }

  /** The level of each sub-skill, null where not rated (always all null for a mother tongue). */
  public CefrSkillLevels subSkills() {
    return levels == null ? new CefrSkillLevels() : levels;
  }
}
