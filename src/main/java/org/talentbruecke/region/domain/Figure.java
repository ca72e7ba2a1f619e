package org.talentbruecke.region.domain;

/**
 * One number on the dashboard. A figure about fewer than {@link SmallGroups#THRESHOLD} people, or
 * one that would let a reader work out such a figure by subtraction, is suppressed: it has no value
 * and is shown as "&lt; 5".
 */
public record Figure(Long value, boolean suppressed) {
  private static final Figure HIDDEN = new Figure(null, true);

  public Figure {
    if (suppressed && value != null) {
      throw new IllegalArgumentException("a suppressed figure has no value");
    }
    if (!suppressed && value == null) {
      throw new IllegalArgumentException("a shown figure has a value");
    }
  }

  public static Figure of(long value) {
    return new Figure(value, false);
  }

  public static Figure suppressedFigure() {
    return HIDDEN;
  }

  /** The value, or {@code fallback} for a suppressed figure (for sorting and charts). */
  public long or(long fallback) {
    return suppressed ? fallback : value;
  }
}
