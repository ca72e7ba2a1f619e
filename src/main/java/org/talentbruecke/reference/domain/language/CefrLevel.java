package org.talentbruecke.reference.domain.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The six common reference levels of the Council of Europe's CEFR, declared from lowest to highest.
 *
 * <p>The declaration order is the proficiency order, so {@link #compareTo} and the helpers below
 * can be used directly for "at least B2" style requirements.
 */
public enum CefrLevel {
  A1,
  A2,
  B1,
  B2,
  C1,
  C2;

  /** True when this level meets or exceeds the required one. */
  public boolean isAtLeast(CefrLevel required) {
    return compareTo(required) >= 0;
  }

  /** True when this level is strictly above the other one. */
  public boolean isAbove(CefrLevel other) {
    return compareTo(other) > 0;
  }

  /** True when this level is strictly below the other one. */
  public boolean isBelow(CefrLevel other) {
    return compareTo(other) < 0;
  }

  /** Number of levels from this one up to the target; negative when the target is lower. */
  public int stepsTo(CefrLevel target) {
    return target.ordinal() - ordinal();
  }

  /** The next higher level, empty for C2. */
  public Optional<CefrLevel> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  /** The next lower level, empty for A1. */
  public Optional<CefrLevel> previous() {
    return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
  }

  /** The broad band: A = basic user, B = independent user, C = proficient user. */
  public char band() {
    return name().charAt(0);
  }

  /** The higher of two levels. */
  public static CefrLevel max(CefrLevel a, CefrLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The lower of two levels. */
  public static CefrLevel min(CefrLevel a, CefrLevel b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Reads exactly a level's name such as "B1" (any case, surrounding blanks ignored); empty for
   * null, blank or anything else, sub-levels such as "B2.1" included: for form and API input, where
   * only a whole level is a valid answer.
   */
  public static Optional<CefrLevel> byName(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (CefrLevel level : values()) {
      if (level.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses "b2", " B2 " and the like; sub-levels such as "B2.1" are rounded down, because a partly
   * completed level does not meet a requirement for the full one.
   */
  public static CefrLevel parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("CEFR level must not be null");
    }
    String normalized = text.strip().toUpperCase(Locale.ROOT);
    if (normalized.length() >= 2) {
      String head = normalized.substring(0, 2);
      for (CefrLevel level : values()) {
        if (level.name().equals(head)
            && (normalized.length() == 2 || normalized.charAt(2) == '.')) {
          return level;
        }
      }
    }
    throw new IllegalArgumentException("not a CEFR level: " + text);
  }
}
