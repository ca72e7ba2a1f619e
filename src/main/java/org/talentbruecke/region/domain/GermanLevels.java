package org.talentbruecke.region.domain;

import java.util.List;

/**
 * German levels as the dashboard compares them: a person's level is the lowest of the five CEFR
 * sub-skills they stated (a mother tongue counts as C2; German not stated is {@link #NONE}); an
 * opening's level is the highest of the five it requires ({@link #NONE}: no requirement). A person
 * meets an opening's German when their level is at least the opening's. A one-level course takes a
 * person from one level to the next, so it "unlocks" the openings that require exactly the next
 * level: people at a level × openings requiring the next one (a simple count of pairs).
 */
public final class GermanLevels {
  /** No German stated, or no requirement. */
  public static final String NONE = "NONE";

  /** From lowest to highest; {@link #NONE} first. */
  public static final List<String> ORDER = List.of(NONE, "A1", "A2", "B1", "B2", "C1", "C2");

  private GermanLevels() {}

  /** The level one course above {@code level}, or null above C2. */
  public static String next(String level) {
    int i = ORDER.indexOf(level);
    if (i < 0) {
      throw new IllegalArgumentException("unknown level " + level);
    }
    return i + 1 < ORDER.size() ? ORDER.get(i + 1) : null;
  }

  /**
   * Matches unlocked by one level more for the people at one level: suppressed when the number of
   * people is (it could be divided back out).
   */
  public static Figure unlocked(Figure people, long openingsAtNextLevel) {
    return people.suppressed()
        ? Figure.suppressedFigure()
        : Figure.of(people.value() * openingsAtNextLevel);
  }
}
