package org.talentbruecke.matching.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The explained result of matching one job seeker with one opening.
 *
 * @param scoreTenths the sum of the parts in tenths of a point, what ranking orders by
 * @param gaps for a close match, what keeps it from being full (missing must-haves, recognition)
 */
public record MatchCard(
    String candidateHandle,
    String openingId,
    MatchTier tier,
    int scoreTenths,
    List<MatchPart> parts,
    List<Reason> gaps,
    String algorithmVersion) {

  /** Full matches first, then higher score, then handle (so equal scores keep a fixed order). */
  public static final Comparator<MatchCard> CANDIDATE_ORDER =
      Comparator.comparing(MatchCard::tier)
          .thenComparing(Comparator.comparingInt(MatchCard::scoreTenths).reversed())
          .thenComparing(MatchCard::candidateHandle);

  /** The same, with the opening's id as the tie-break when ranking openings for one person. */
  public static final Comparator<MatchCard> OPENING_ORDER =
      Comparator.comparing(MatchCard::tier)
          .thenComparing(Comparator.comparingInt(MatchCard::scoreTenths).reversed())
          .thenComparing(MatchCard::openingId);

  public MatchCard {
    Objects.requireNonNull(candidateHandle, "candidateHandle");
    Objects.requireNonNull(openingId, "openingId");
    Objects.requireNonNull(tier, "tier");
    parts = List.copyOf(parts);
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(algorithmVersion, "algorithmVersion");
  }

  /** The overall fit 0..100 shown to people. */
  public int fit() {
    return (scoreTenths + 5) / 10;
  }

  public MatchPart part(Aspect aspect) {
    return parts.stream().filter(p -> p.aspect() == aspect).findFirst().orElseThrow();
  }

  public boolean isFullMatch() {
    return tier == MatchTier.FULL;
  }
}
