package org.talentbruecke.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.talentbruecke.matching.domain.AddedValue;
import org.talentbruecke.matching.domain.AddedValueAssessor;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.OrganisationMarkets;
import org.talentbruecke.matching.domain.ScarceSkill;

/**
 * The added value of candidates for one opening, and the "added value" order of a candidate list.
 *
 * <p>Cost: the added value of a candidate is assessed only when asked for — for sort by fit only
 * for the page shown (at most the page size, each one unpacking a candidate from the index and a
 * few set look-ups); for sort by added value once for every full match (must-haves met), because
 * their order depends on it. The scarce skills come from counts the index keeps with every change.
 */
@ApplicationScoped
public class AddedValues {
  @Inject private AddedValueAssessor assessor;

  public AddedValues() {}

  AddedValues(AddedValueAssessor assessor) {
    this.assessor = assessor;
  }

  /**
   * The added value of a candidate's card for an opening of an organisation with these markets,
   * assessed on first use and remembered for this request (the function is not thread-safe).
   */
  public Function<MatchCard, AddedValue> forOpening(
      OrganisationMarkets markets, MatchingIndex index) {
    Map<String, ScarceSkill> scarce = index.scarceSkills();
    Map<String, AddedValue> assessed = new HashMap<>();
    return card ->
        assessed.computeIfAbsent(
            card.candidateHandle(),
            handle ->
                index
                    .candidate(handle)
                    .map(c -> assessor.assess(c, markets, scarce))
                    .orElse(AddedValue.NONE));
  }

  /**
   * Orders a candidate list given in fit order. By fit it is returned as it is (and no added value
   * is assessed). By added value, full matches come first, ordered by added-value points, then fit,
   * then handle; close matches follow in fit order: a candidate missing a must-have is never placed
   * above one who meets them all, whatever they add.
   */
  public static List<MatchCard> order(
      List<MatchCard> fitOrder, boolean byValue, Function<MatchCard, AddedValue> valueOf) {
    if (!byValue) {
      return fitOrder;
    }
    List<MatchCard> full = new ArrayList<>();
    List<MatchCard> close = new ArrayList<>();
    for (MatchCard card : fitOrder) {
      (card.isFullMatch() ? full : close).add(card);
    }
    full.sort(
        Comparator.comparingInt((MatchCard c) -> valueOf.apply(c).points())
            .reversed()
            .thenComparing(Comparator.comparingInt(MatchCard::scoreTenths).reversed())
            .thenComparing(MatchCard::candidateHandle));
    full.addAll(close);
    return full;
  }
}
