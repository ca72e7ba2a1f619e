package org.talentbruecke.matching.domain;

import java.util.List;
import java.util.Objects;

/**
 * One line of a match card.
 *
 * @param pointsTenths the contribution in tenths of a point (0 .. 10 × the aspect's maximum)
 * @param reason the summary of this part
 * @param details one reason per item (per skill, per German sub-skill, …), may be empty
 */
public record MatchPart(Aspect aspect, int pointsTenths, Reason reason, List<Reason> details) {
  public MatchPart {
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(reason, "reason");
    details = List.copyOf(details);
    if (pointsTenths < 0 || pointsTenths > aspect.maxPoints() * 10) {
      throw new IllegalArgumentException("points out of range for " + aspect + ": " + pointsTenths);
    }
  }

  /** The contribution in points, one decimal. */
  public double contribution() {
    return pointsTenths / 10.0;
  }

  public int maxPoints() {
    return aspect.maxPoints();
  }
}
