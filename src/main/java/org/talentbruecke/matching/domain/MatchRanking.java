package org.talentbruecke.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Ranks by scoring everything: candidates for an opening, or openings for a candidate. Full matches
 * come before close matches, then the higher score, then the handle (or opening id) — so the order
 * never depends on the order of the input. The matching index gives the same result faster; this is
 * the reference it is tested against.
 */
public final class MatchRanking {
  private final MatchScorer scorer;

  public MatchRanking(MatchScorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /** One page of a ranking and how many results there are in all. */
  public record Page(List<MatchCard> cards, int total) {
    public Page {
      cards = List.copyOf(cards);
    }
  }

  public Page rank(
      OpeningSnapshot opening, Collection<CandidateSnapshot> candidates, int limit, int offset) {
    checkPaging(limit, offset);
    List<MatchCard> all =
        candidates.stream()
            .map(c -> scorer.score(opening, c))
            .sorted(MatchCard.CANDIDATE_ORDER)
            .toList();
    return page(all, limit, offset);
  }

  public Page rank(
      CandidateSnapshot candidate, Collection<OpeningSnapshot> openings, int limit, int offset) {
    checkPaging(limit, offset);
    List<MatchCard> all =
        openings.stream()
            .map(o -> scorer.score(o, candidate))
            .sorted(MatchCard.OPENING_ORDER)
            .toList();
    return page(all, limit, offset);
  }

  static void checkPaging(int limit, int offset) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
  }

  private static Page page(List<MatchCard> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Page(all.subList(from, to), all.size());
  }
}
