package org.talentbruecke.region.domain;

/**
 * The rule for small groups of people: a count of 1 to 4 people is never shown (primary
 * suppression). Zero is shown: it tells nothing about a person.
 */
public final class SmallGroups {
  /** Groups of fewer people than this are not shown. */
  public static final int THRESHOLD = 5;

  /**
   * Hidden cells of one sum must together hold at least this many people, so that no hidden count
   * can be pinned down from the shown total and the other shown parts (see {@link
   * SuppressionGrid}).
   */
  public static final int HIDDEN_SUM_AT_LEAST = 2 * THRESHOLD;

  private SmallGroups() {}

  /** True for a count of people that is too small to show. */
  public static boolean tooSmall(long people) {
    return people > 0 && people < THRESHOLD;
  }
}
