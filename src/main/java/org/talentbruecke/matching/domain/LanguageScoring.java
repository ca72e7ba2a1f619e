package org.talentbruecke.matching.domain;

import static org.talentbruecke.matching.domain.MatchScorer.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;

/** The German (per CEFR sub-skill) and other-languages parts of a match card. */
final class LanguageScoring {
  private LanguageScoring() {}

  private static String levelName(int rank) {
    return rank == ScoreRules.NONE
        ? "-"
        : rank == ScoreRules.NATIVE ? "NATIVE" : CefrLevel.values()[rank].name();
  }

  private static int rank(CefrLevel level) {
    return level == null ? ScoreRules.NONE : level.ordinal();
  }

  static MatchPart german(OpeningSnapshot opening, CandidateSnapshot candidate) {
    CefrSkillLevels required = opening.german();
    if (required.isEmpty()) {
      return part(Aspect.GERMAN, ScoreRules.FULL, Reason.of("matching.german.none"), List.of());
    }
    Optional<LanguageAbility> german = candidate.german();
    boolean native_ = german.map(LanguageAbility::motherTongue).orElse(false);
    CefrSkillLevels own = german.map(LanguageAbility::levels).orElse(new CefrSkillLevels());
    int sum = 0;
    int count = 0;
    int short_ = 0;
    List<Reason> details = new ArrayList<>();
    for (CefrSkill skill : CefrSkill.values()) {
      CefrLevel needed = required.level(skill);
      if (needed == null) {
        continue;
      }
      int ownRank = native_ ? ScoreRules.NATIVE : rank(own.level(skill));
      int share = ScoreRules.cefr(ownRank, needed.ordinal());
      sum += share;
      count++;
      String key =
          share == ScoreRules.FULL
              ? "matching.german.met"
              : share > 0 ? "matching.german.oneBelow" : "matching.german.short";
      if (share < ScoreRules.FULL) {
        short_++;
      }
      details.add(Reason.of(key, skill, levelName(ownRank), needed));
    }
    Reason summary =
        native_
            ? Reason.of("matching.german.motherTongue")
            : short_ == 0
                ? Reason.of("matching.german.allMet")
                : Reason.of("matching.german.gaps", short_, count);
    return part(Aspect.GERMAN, ScoreRules.average(sum, count), summary, details);
  }

  static MatchPart otherLanguages(OpeningSnapshot opening, CandidateSnapshot candidate) {
    if (opening.otherLanguages().isEmpty()) {
      return part(
          Aspect.OTHER_LANGUAGES, ScoreRules.FULL, Reason.of("matching.languages.none"), List.of());
    }
    int sum = 0;
    int short_ = 0;
    List<Reason> details = new ArrayList<>();
    for (LanguageRequirement requirement : opening.otherLanguages()) {
      int own =
          candidate
              .language(requirement.language())
              .map(LanguageAbility::overallRank)
              .orElse(ScoreRules.NONE);
      int share = ScoreRules.cefr(own, requirement.level().ordinal());
      sum += share;
      if (share < ScoreRules.FULL) {
        short_++;
      }
      String key =
          share == ScoreRules.FULL
              ? "matching.language.met"
              : share > 0 ? "matching.language.oneBelow" : "matching.language.short";
      details.add(Reason.of(key, requirement.language(), levelName(own), requirement.level()));
    }
    int count = opening.otherLanguages().size();
    Reason summary =
        short_ == 0
            ? Reason.of("matching.languages.allMet", count)
            : Reason.of("matching.languages.gaps", short_, count);
    return part(Aspect.OTHER_LANGUAGES, ScoreRules.average(sum, count), summary, details);
  }
}
