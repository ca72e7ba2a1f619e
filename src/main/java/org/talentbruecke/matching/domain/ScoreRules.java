package org.talentbruecke.matching.domain;

import java.util.Optional;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;

/**
 * The arithmetic of the score, in whole numbers (per mille of an aspect, tenths of a km), shared by
 * {@link MatchScorer} and the fast path of the matching index so that both give exactly the same
 * number. docs/matching.md describes these rules in words; keep the two in step.
 */
public final class ScoreRules {
  /** Version of these rules, logged with every ranking; change it whenever a rule changes. */
  public static final String ALGORITHM_VERSION = "matching-1.1";

  public static final int FULL = 1000;

  /** Rank of "no level" in CEFR comparisons (ordinals A1=0 … C2=5). */
  public static final int NONE = -1;

  /** Rank of a mother tongue: above C2. */
  public static final int NATIVE = 6;

  /** Commute limit assumed when a person has not stated one. */
  public static final int DEFAULT_COMMUTE_KM = 30;

  /** Days after the opening's start up to which a later start still earns half. */
  public static final int START_GRACE_DAYS = 30;

  // Recognition classes of a qualification, from best to worst.
  public static final int RECOGNISED = 0;
  public static final int ROUTE_IN_PROGRESS = 1;
  public static final int ROUTE_PLANNED = 2;
  public static final int PARTIAL = 3;
  public static final int APPLIED = 4;
  public static final int NOT_STARTED = 5;
  public static final int NOT_EQUIVALENT = 6;
  private static final int[] RECOGNITION_FACTOR = {1000, 600, 500, 400, 300, 200, 100};
  private static final String[] RECOGNITION_NAME = {
    "RECOGNISED",
    "ROUTE_IN_PROGRESS",
    "ROUTE_PLANNED",
    "PARTIAL",
    "APPLIED",
    "NOT_STARTED",
    "NOT_EQUIVALENT"
  };

  private ScoreRules() {}

  /** The average of per-mille shares; nothing required counts as fully met. */
  public static int average(int sum, int count) {
    return count == 0 ? FULL : sum / count;
  }

  /** Occupation: the same ESCO occupation fully, the same ISCO unit group half. */
  public static int occupation(boolean sameEsco, boolean sameIscoGroup) {
    return sameEsco ? FULL : sameIscoGroup ? 500 : 0;
  }

  /** One CEFR requirement (ranks as ordinals): met fully, one level below half, else nothing. */
  public static int cefr(int own, int required) {
    if (required < 0 || own >= required) {
      return FULL;
    }
    return own == required - 1 ? 500 : 0;
  }

  /**
   * Experience: half-years in the occupation (a year in the same ESCO occupation counts two halves,
   * a year in another occupation of the same ISCO unit group one) against the minimum.
   */
  public static int experience(int halfYears, int minimumYears) {
    if (minimumYears <= 0) {
      return FULL;
    }
    return Math.min(FULL, halfYears * FULL / (2 * minimumYears));
  }

  /** The class of a recognition state; empty (a German qualification) is recognised. */
  public static int recognitionClass(Optional<RecognitionState> state) {
    if (state.isEmpty()) {
      return RECOGNISED;
    }
    RecognitionState s = state.get();
    return switch (s.status()) {
      case FULL_EQUIVALENCE -> RECOGNISED;
      case APPLIED -> APPLIED;
      case NOT_STARTED -> NOT_STARTED;
      case NOT_EQUIVALENT -> NOT_EQUIVALENT;
      case PARTIAL_EQUIVALENCE -> {
        MeasureStatus progress = s.measureStatus().orElse(null);
        if (progress == null) {
          yield PARTIAL;
        }
        yield switch (progress) {
          case PASSED -> RECOGNISED;
          case IN_PROGRESS -> ROUTE_IN_PROGRESS;
          case PLANNED -> ROUTE_PLANNED;
          case FAILED -> NOT_EQUIVALENT;
        };
      }
    };
  }

  public static String recognitionClassName(int recognitionClass) {
    return RECOGNITION_NAME[recognitionClass];
  }

  /** True for a compensation measure planned or under way: a close match with the route named. */
  public static boolean isRoute(int recognitionClass) {
    return recognitionClass == ROUTE_IN_PROGRESS || recognitionClass == ROUTE_PLANNED;
  }

  /**
   * One qualification against the opening: the EQF level (met fully, one below half), times how far
   * it is recognised. Where the occupation is regulated in any way or the employer asks for
   * recognition, only a qualification for this occupation (same ESCO or ISCO group) counts, with
   * its recognition factor; otherwise any qualification counts and a missing recognition costs a
   * fifth.
   */
  public static int qualification(
      int requiredEqf,
      boolean recognitionMatters,
      boolean relevantOccupation,
      int eqf,
      int recognitionClass) {
    int level = requiredEqf == 0 || eqf >= requiredEqf ? FULL : eqf == requiredEqf - 1 ? 500 : 0;
    if (recognitionMatters) {
      return relevantOccupation ? level * RECOGNITION_FACTOR[recognitionClass] / FULL : 0;
    }
    return recognitionClass == RECOGNISED ? level : level * 800 / FULL;
  }

  /** True when the opening asks nothing about qualifications at all. */
  public static boolean qualificationFree(OpeningSnapshot opening) {
    return opening.qualificationEqf() == 0
        && !opening.fullRecognitionRequired()
        && opening.regulation() == RegulationKind.NOT_REGULATED;
  }

  public static boolean recognitionMatters(OpeningSnapshot opening) {
    return opening.fullRecognitionRequired()
        || opening.regulation() != RegulationKind.NOT_REGULATED;
  }

  /** Straight-line distance between municipality centres in tenths of a km. */
  public static int distanceTenthsKm(Municipality from, Municipality to) {
    return (int) Math.round(from.distanceKmTo(to) * 10);
  }

  public static int effectiveCommuteLimitKm(int statedKm) {
    return statedKm == 0 ? DEFAULT_COMMUTE_KM : statedKm;
  }

  /** Commute: within the own limit fully, falling to nothing at one and a half times the limit. */
  public static int commute(int distanceTenthsKm, int statedLimitKm) {
    int limitTenths = effectiveCommuteLimitKm(statedLimitKm) * 10;
    if (distanceTenthsKm <= limitTenths) {
      return FULL;
    }
    int zeroAt = limitTenths * 3 / 2;
    if (distanceTenthsKm >= zeroAt) {
      return 0;
    }
    return (zeroAt - distanceTenthsKm) * FULL / (zeroAt - limitTenths);
  }

  /** Hours: a bit mask of the arrangements a person is open to (0: all) against the opening's. */
  public static int hours(int candidateMask, int openingBit) {
    return candidateMask == 0 || (candidateMask & openingBit) != 0 ? FULL : 0;
  }

  /** Days the person could start after the opening's start (0 or less: in time). */
  public static int start(int daysLate) {
    return daysLate <= 0 ? FULL : daysLate <= START_GRACE_DAYS ? 500 : 0;
  }
}
