package org.talentbruecke.matching.domain;

/**
 * A skill the region's published openings ask for much more often than its visible job seekers
 * state it.
 *
 * <p>The rule: the share of openings asking for the skill (must-have or nice-to-have) divided by
 * the share of job seekers stating it is at least {@link #MIN_RATIO}, and at least {@link
 * #MIN_DEMAND} openings ask for it (one opening alone says little about a region). The supply share
 * counts one job seeker more than there are, so a skill nobody states yet does not divide by zero.
 *
 * @param demand published openings asking for the skill
 * @param supply visible job seekers stating it
 */
public record ScarceSkill(String skillUri, int demand, int supply) {
  /** Openings must ask for a skill this much more often (in share) than job seekers state it. */
  public static final int MIN_RATIO = 2;

  /** At least this many openings must ask for a skill before it can be scarce. */
  public static final int MIN_DEMAND = 2;

  /**
   * @param openings all published openings in the index
   * @param candidates all visible job seekers in the index
   */
  public static boolean isScarce(int demand, int supply, int openings, int candidates) {
    if (demand < MIN_DEMAND || openings == 0) {
      return false;
    }
    // demand / openings >= MIN_RATIO * (supply + 1) / (candidates + 1), in whole numbers.
    return (long) demand * (candidates + 1L) >= (long) MIN_RATIO * (supply + 1L) * openings;
  }
}
