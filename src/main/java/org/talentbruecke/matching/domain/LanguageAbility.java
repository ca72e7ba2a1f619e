package org.talentbruecke.matching.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;

/**
 * A language a job seeker speaks (ISO 639-3 code, e.g. "deu"), either as mother tongue or with a
 * CEFR level per sub-skill.
 */
public record LanguageAbility(String language, CefrSkillLevels levels, boolean motherTongue) {
  public static final String GERMAN = "deu";
  private static final Pattern CODE = Pattern.compile("[a-z]{3}");

  public LanguageAbility {
    Objects.requireNonNull(language, "language");
    if (!CODE.matcher(language).matches()) {
      throw new IllegalArgumentException("language must be ISO 639-3: " + language);
    }
    levels = levels == null ? new CefrSkillLevels() : levels;
  }

  public static LanguageAbility motherTongue(String language) {
    return new LanguageAbility(language, new CefrSkillLevels(), true);
  }

  public static LanguageAbility rated(String language, CefrSkillLevels levels) {
    return new LanguageAbility(language, levels, false);
  }

  /**
   * One level for the whole language, for requirements that name only one: the lowest rated
   * sub-skill (a requirement "English B2" is not met by B2 listening and A2 writing), {@link
   * ScoreRules#NATIVE} for a mother tongue, {@link ScoreRules#NONE} when nothing is rated.
   */
  public int overallRank() {
    if (motherTongue) {
      return ScoreRules.NATIVE;
    }
    return levels.asMap().values().stream()
        .mapToInt(CefrLevel::ordinal)
        .min()
        .orElse(ScoreRules.NONE);
  }
}
