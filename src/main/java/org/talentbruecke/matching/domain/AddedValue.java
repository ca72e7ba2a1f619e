package org.talentbruecke.matching.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a job seeker brings to a business beyond the opening's requirements: languages of its
 * customer or export markets, work experience in countries it trades with, intercultural and
 * multilingual service skills, skills scarce in the region. Shown under the match card and used
 * when employers sort by added value; never part of the fit score (docs/matching.md).
 *
 * @param points 0 or more; higher means more to add (only compared with other candidates' points)
 * @param reasons one plain-language line per thing brought, in the order shown
 */
public record AddedValue(int points, List<Reason> reasons) {
  /** Nothing beyond the requirements (or not assessed). */
  public static final AddedValue NONE = new AddedValue(0, List.of());

  public AddedValue {
    if (points < 0) {
      throw new IllegalArgumentException("points must not be negative");
    }
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
  }

  public boolean isEmpty() {
    return reasons.isEmpty();
  }
}
