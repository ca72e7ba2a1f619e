package org.talentbruecke.matching.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.talentbruecke.matching.domain.AddedValue;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Oversight;

/**
 * A candidate list that is filtered, ordered by added value or changed by staff decisions before a
 * page is cut: the whole ranking is needed, so it is made of outlines (see {@link
 * MatchingIndex#outline}) and only the page shown gets full explanations.
 */
final class ReorderedCandidates {
  private ReorderedCandidates() {}

  static MatchingService.Result rank(
      MatchingIndex current,
      OpeningSnapshot wantedOpening,
      CandidateFilter filter,
      MatchingService.Sort sort,
      Oversight oversight,
      Function<MatchCard, AddedValue> value,
      int limit,
      int offset,
      Function<MatchCard, RankedMatch> ranked) {
    // Outlines (tier, score, gaps) of everyone to filter and order; full explanations only for
    // the page shown. Without outlines (too many requirements), full cards of everyone.
    Optional<List<MatchCard>> outline = current.outline(wantedOpening);
    int everyone = Math.max(1, current.candidateCount());
    List<MatchCard> all =
        new ArrayList<>(
            outline.orElseGet(() -> current.topCandidates(wantedOpening, everyone, 0).cards()));
    Function<MatchCard, RankedMatch> explained =
        outline.isEmpty()
            ? ranked
            : card ->
                current
                    .card(wantedOpening, card.candidateHandle())
                    .map(ranked)
                    .orElse(null); // left the index meanwhile: not shown
    if (filter.narrows()) {
      all.removeIf(
          c ->
              !filter.admits(
                  c,
                  filter.needsCandidate()
                      ? current.candidate(c.candidateHandle()).orElse(null)
                      : null,
                  wantedOpening));
    }
    all = AddedValues.order(all, sort == MatchingService.Sort.VALUE, value);
    return recommend(
        page(oversight.apply(all, sort == MatchingService.Sort.FIT), limit, offset, explained),
        oversight);
  }

  /** Marks the pinned candidates of a page as recommended by the region. */
  private static MatchingService.Result recommend(
      MatchingService.Result result, Oversight oversight) {
    if (oversight.pinned().isEmpty()) {
      return result;
    }
    return new MatchingService.Result(
        result.matches().stream()
            .map(
                m ->
                    oversight.isPinned(m.card().candidateHandle())
                        ? new RankedMatch(m.card(), m.addedValue(), m.nextSteps(), true)
                        : m)
            .toList(),
        result.total(),
        result.reason());
  }

  private static MatchingService.Result page(
      List<MatchCard> all, int limit, int offset, Function<MatchCard, RankedMatch> ranked) {
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new MatchingService.Result(
        all.subList(from, to).stream().map(ranked).filter(Objects::nonNull).toList(),
        all.size(),
        null);
  }
}
