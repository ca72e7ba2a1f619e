package org.talentbruecke.matching.application;

import java.util.List;
import java.util.Objects;
import org.talentbruecke.matching.domain.AddedValue;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.NextStep;

/**
 * One entry of a ranking as pages and the API show it: the explained match card, what the person
 * adds to the business (candidate lists), what would raise the match (a job seeker's own list), and
 * whether the region's staff recommend this candidate for the opening.
 *
 * @param recommendedByRegion a staff member pinned this candidate for this opening
 */
public record RankedMatch(
    MatchCard card, AddedValue addedValue, List<NextStep> nextSteps, boolean recommendedByRegion) {

  public RankedMatch {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(addedValue, "addedValue");
    nextSteps = List.copyOf(nextSteps);
  }

  /** A match with nothing but its card. */
  public static RankedMatch of(MatchCard card) {
    return new RankedMatch(card, AddedValue.NONE, List.of(), false);
  }
}
