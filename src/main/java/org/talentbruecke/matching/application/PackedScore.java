package org.talentbruecke.matching.application;

import static org.talentbruecke.matching.application.Rows.*;

import java.util.ArrayList;
import java.util.List;
import org.talentbruecke.matching.domain.Aspect;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.Reason;
import org.talentbruecke.matching.domain.ScoreRules;

/**
 * The score of one candidate row against one opening row, as a sort key: the same whole-number
 * rules as {@link MatchScorer} ({@link ScoreRules}), without the explanations. Must equal {@link
 * MatchScorer} exactly (see MatchingIndexTest).
 */
final class PackedScore {
  private PackedScore() {}

  /** The key of a card scored the slow way, comparable with {@link #key}. */
  static long keyOf(MatchCard card) {
    return (card.isFullMatch() ? 1L << 32 : 0L) | card.scoreTenths();
  }

  /**
   * Full match in bit 32, the score in tenths below.
   *
   * @param best the best coverage of each requirement the candidate offers
   * @param meets one bit per requirement the candidate meets as a must-have
   */
  static long key(int[] o, int[] c, int[] best, int meets, int distanceTenths) {
    int r = o[O_REQUIREMENTS];
    int must = o[O_MUST];
    int occupation = o[O_OCCUPATION];
    int isco = o[O_ISCO];
    int flags = o[O_FLAGS];
    int mustSum = 0;
    for (int j = 0; j < must; j++) {
      mustSum += best[j];
    }
    int niceSum = 0;
    for (int j = must; j < r; j++) {
      niceSum += best[j];
    }
    int mustMask = must == 32 ? -1 : (1 << must) - 1;
    boolean gap = (meets & mustMask) != mustMask;

    boolean sameEsco = false;
    boolean sameIsco = false;
    int halfYears = 0;
    int work = workAt(c);
    for (int i = desiredAt(c); i < work; i += 2) {
      sameEsco |= c[i] == occupation;
      sameIsco |= c[i + 1] == isco;
    }
    int languages = work + 3 * c[C_WORK];
    for (int i = work; i < languages; i += 3) {
      int years = c[i + 2] >>> 10;
      if (c[i] == occupation) {
        sameEsco = true;
        halfYears += 2 * years;
      } else if (c[i + 1] == isco) {
        halfYears += years;
      }
      sameIsco |= c[i + 1] == isco;
    }
    boolean matters = (flags & RECOGNITION_MATTERS) != 0;
    boolean recognised = false;
    int qualification = 0;
    int quals = languages + c[C_LANGUAGES];
    for (int i = quals, end = quals + 3 * c[C_QUALIFICATIONS]; i < end; i += 3) {
      boolean relevant = c[i] == occupation || c[i + 1] == isco;
      sameEsco |= c[i] == occupation;
      sameIsco |= c[i + 1] == isco;
      int eqf = c[i + 2] >>> 12;
      int recognition = (c[i + 2] >>> 9) & 7;
      recognised |= relevant && recognition == ScoreRules.RECOGNISED;
      qualification =
          Math.max(
              qualification,
              ScoreRules.qualification(o[O_EQF], matters, relevant, eqf, recognition));
    }
    if ((flags & QUALIFICATION_FREE) != 0) {
      qualification = ScoreRules.FULL;
    }
    gap |= (flags & REQUIRES_RECOGNITION) != 0 && !recognised;
    gap |= must == 0 && !sameEsco && !sameIsco; // see MatchScorer: occupation as the constraint

    int tenths =
        Aspect.OCCUPATION.tenths(ScoreRules.occupation(sameEsco, sameIsco))
            + Aspect.MUST_HAVE_SKILLS.tenths(ScoreRules.average(mustSum, must))
            + Aspect.NICE_TO_HAVE_SKILLS.tenths(ScoreRules.average(niceSum, r - must))
            + Aspect.GERMAN.tenths(german(o, c))
            + Aspect.OTHER_LANGUAGES.tenths(otherLanguages(o, c))
            + Aspect.QUALIFICATION.tenths(qualification)
            + Aspect.EXPERIENCE.tenths(ScoreRules.experience(halfYears, o[O_MINIMUM_YEARS]))
            + Aspect.COMMUTE.tenths(ScoreRules.commute(distanceTenths, c[C_COMMUTE_KM]))
            + Aspect.HOURS.tenths(ScoreRules.hours(c[C_HOURS], o[O_HOURS_BIT]))
            + Aspect.START_DATE.tenths(
                o[O_START_DAY] == Integer.MIN_VALUE || c[C_START_DAY] == Integer.MIN_VALUE
                    ? ScoreRules.FULL
                    : ScoreRules.start(c[C_START_DAY] - o[O_START_DAY]));
    return (gap ? 0L : 1L << 32) | tenths;
  }

  private static int overallRank(int language) {
    if ((language & (1 << 15)) != 0) {
      return ScoreRules.NATIVE;
    }
    int min = Integer.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      int level = (language >>> (3 * i)) & 7;
      if (level != 0) {
        min = Math.min(min, level - 1);
      }
    }
    return min == Integer.MAX_VALUE ? ScoreRules.NONE : min;
  }

  private static int german(int[] o, int[] c) {
    int required = o[O_GERMAN];
    if (required == 0) {
      return ScoreRules.FULL;
    }
    int chosen = -1;
    int chosenRank = Integer.MIN_VALUE;
    int at = languagesAt(c);
    for (int i = at, end = at + c[C_LANGUAGES]; i < end; i++) {
      int language = c[i];
      if (language >>> 16 == 0 && overallRank(language) > chosenRank) {
        chosen = language;
        chosenRank = overallRank(language);
      }
    }
    boolean isNative = chosen != -1 && (chosen & (1 << 15)) != 0;
    int sum = 0;
    int count = 0;
    for (int i = 0; i < 5; i++) {
      int needed = (required >>> (3 * i)) & 7;
      if (needed == 0) {
        continue;
      }
      int own = chosen == -1 ? 0 : (chosen >>> (3 * i)) & 7;
      sum += ScoreRules.cefr(isNative ? ScoreRules.NATIVE : own - 1, needed - 1);
      count++;
    }
    return ScoreRules.average(sum, count);
  }

  private static int otherLanguages(int[] o, int[] c) {
    int count = o[O_OTHER_LANGUAGES];
    if (count == 0) {
      return ScoreRules.FULL;
    }
    int at = languagesAt(c);
    int end = at + c[C_LANGUAGES];
    int sum = 0;
    for (int k = O_HEADER + o[O_REQUIREMENTS], last = k + count; k < last; k++) {
      int requirement = o[k];
      int language = requirement >>> 8;
      int own = ScoreRules.NONE;
      for (int i = at; i < end; i++) {
        if (c[i] >>> 16 == language) {
          own = Math.max(own, overallRank(c[i]));
        }
      }
      sum += ScoreRules.cefr(own, requirement & 0xFF);
    }
    return ScoreRules.average(sum, count);
  }

  /**
   * The kinds of gap of a close match, as the filters read them: a missing must-have, a missing
   * recognition (the card names the route when one is under way; the filters do not ask which),
   * else the occupation (an opening without must-haves).
   *
   * @param meets one bit per requirement the candidate meets as a must-have
   */
  static List<Reason> gapKinds(int[] o, int[] c, int meets) {
    List<Reason> gaps = new ArrayList<>(2);
    int must = o[O_MUST];
    int mustMask = must == 32 ? -1 : (1 << must) - 1;
    if ((meets & mustMask) != mustMask) {
      gaps.add(Reason.of("matching.gap.mustHave"));
    }
    if ((o[O_FLAGS] & REQUIRES_RECOGNITION) != 0 && !recognised(o, c)) {
      gaps.add(Reason.of("matching.gap.recognitionMissing"));
    }
    if (gaps.isEmpty()) {
      gaps.add(Reason.of("matching.gap.occupation"));
    }
    return gaps;
  }

  /** True when a qualification in the opening's occupation or ISCO group is recognised. */
  private static boolean recognised(int[] o, int[] c) {
    int quals = qualificationsAt(c);
    for (int i = quals, end = quals + 3 * c[C_QUALIFICATIONS]; i < end; i += 3) {
      boolean relevant = c[i] == o[O_OCCUPATION] || c[i + 1] == o[O_ISCO];
      if (relevant && ((c[i + 2] >>> 9) & 7) == ScoreRules.RECOGNISED) {
        return true;
      }
    }
    return false;
  }
}
