package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.matching.domain.MatchingFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.AddedValue;
import org.talentbruecke.matching.domain.AddedValueAssessor;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchTier;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.OrganisationMarkets;
import org.talentbruecke.matching.domain.Reason;
import org.talentbruecke.matching.domain.ScarceSkill;
import org.talentbruecke.reference.domain.language.CefrLevel;

/**
 * Sorting by added value, and the added value and scarce skills the index provides. Added value
 * changes the order only when asked for, and never lifts a close match above a full one.
 */
class AddedValuesTest {
  private static final OrganisationMarkets TURKISH_MARKET =
      new OrganisationMarkets(Set.of("tur"), Set.of("TR"));

  private static MatchCard card(String handle, MatchTier tier, int scoreTenths) {
    return new MatchCard(handle, "o", tier, scoreTenths, List.of(), List.of(), "test");
  }

  private static AddedValue points(int points) {
    return points == 0 ? AddedValue.NONE : new AddedValue(points, List.of(Reason.of("x")));
  }

  private final List<MatchCard> fitOrder =
      List.of(
          card("A", MatchTier.FULL, 900),
          card("B", MatchTier.FULL, 800),
          card("C", MatchTier.FULL, 800),
          card("D", MatchTier.FULL, 700),
          card("E", MatchTier.CLOSE, 950),
          card("F", MatchTier.CLOSE, 600));
  private final Map<String, Integer> value =
      Map.of("A", 0, "B", 5, "C", 5, "D", 18, "E", 40, "F", 30);

  @Test
  void sortByFitKeepsTheFitOrderAndAssessesNothing() {
    AtomicInteger assessed = new AtomicInteger();
    Function<MatchCard, AddedValue> valueOf =
        c -> {
          assessed.incrementAndGet();
          return points(value.get(c.candidateHandle()));
        };
    assertThat(AddedValues.order(fitOrder, false, valueOf)).isSameAs(fitOrder);
    assertThat(assessed).hasValue(0);
  }

  @Test
  void sortByValueOrdersFullMatchesByPointsThenFitThenHandleAndKeepsCloseMatchesBelow() {
    List<String> handles =
        AddedValues.order(
                new ArrayList<>(fitOrder), true, c -> points(value.get(c.candidateHandle())))
            .stream()
            .map(MatchCard::candidateHandle)
            .toList();
    // D adds most; B and C tie on points and fit, so the handle decides; A adds nothing.
    // E and F add more than anyone but miss a must-have: they stay below, in fit order.
    assertThat(handles).containsExactly("D", "B", "C", "A", "E", "F");
  }

  @Test
  void theIndexSuppliesTheCandidateAndTheScarceSkillsForTheAssessment() {
    MatchingIndex index = new MatchingIndex(relations());
    index.addOpening(opening("1").must(WIRING).build());
    index.addOpening(opening("2").nice(WIRING).build());
    index.addOpening(opening("3").must(COOKING).build());
    CandidateSnapshot speaker =
        candidate("S").motherTongue("tur").worked(COOK, "TR", 3).skills(WIRING, COOKING).build();
    index.addCandidate(speaker);
    for (int i = 0; i < 9; i++) {
      index.addCandidate(candidate("c" + i).skills(COOKING).build());
    }
    AddedValues values = new AddedValues(new AddedValueAssessor(Set.of()));
    OpeningSnapshot asked = opening("1").must(WIRING).build();
    MatchCard card = index.topCandidates(asked, 1, 0).cards().get(0);
    assertThat(card.candidateHandle()).isEqualTo("S");

    AddedValue v = values.forOpening(TURKISH_MARKET, index).apply(card);
    assertThat(v.reasons())
        .containsExactly(
            Reason.of("matching.value.marketLanguageNative", "tur", "NATIVE"),
            Reason.of("matching.value.tradeCountry", "TR", 3),
            // 2 of 3 openings ask for wiring, 1 of 10 people state it: scarce. Cooking: 1 of 3
            // openings, 10 of 10 people: not.
            Reason.of("matching.value.scarceSkill", WIRING, 2, 1));
    assertThat(v.points())
        .isEqualTo(
            AddedValueAssessor.MARKET_LANGUAGE_POINTS
                + AddedValueAssessor.TRADE_COUNTRY_POINTS
                + AddedValueAssessor.SCARCE_SKILL_POINTS);
    // Added value is not part of the fit score: the card is the same whoever asks.
    assertThat(index.topCandidates(asked, 1, 0).cards().get(0)).isEqualTo(card);
  }

  @Test
  void scarceSkillCountsFollowEveryChangeOfTheIndex() {
    MatchingIndex index = new MatchingIndex(relations());
    index.addOpening(opening("1").must(WIRING).build());
    index.addOpening(opening("2").must(WIRING, COOKING).build());
    for (int i = 0; i < 9; i++) {
      index.addCandidate(candidate("c" + i).skills(COOKING).build());
    }
    assertThat(index.scarceSkills()).containsOnlyKeys(WIRING);
    assertThat(index.scarceSkills().get(WIRING)).isEqualTo(new ScarceSkill(WIRING, 2, 0));

    // Replacing a candidate counts the new skills instead of the old ones.
    index.addCandidate(candidate("c0").skills(WIRING).build());
    index.addCandidate(candidate("c1").skills(WIRING, WIRING).build());
    assertThat(index.scarceSkills().get(WIRING)).isEqualTo(new ScarceSkill(WIRING, 2, 2));
    index.addCandidate(candidate("c2").skills(WIRING).build());
    // 2 of 2 openings against 3 of 9 people (+1: 4 of 10): 100 % ≥ 2 × 40 %, still scarce.
    assertThat(index.scarceSkills()).containsKey(WIRING);
    index.addCandidate(candidate("c3").skills(WIRING).build());
    // 4 of 9 (+1: 5 of 10): 100 % ≥ 2 × 50 % holds exactly; one more and it is no longer scarce.
    assertThat(index.scarceSkills()).containsKey(WIRING);
    index.addCandidate(candidate("c4").skills(WIRING).build());
    assertThat(index.scarceSkills()).doesNotContainKey(WIRING);

    // Removing openings lowers demand; one opening alone never makes a skill scarce.
    index.removeCandidate("c4");
    index.removeCandidate("c3");
    assertThat(index.scarceSkills()).containsKey(WIRING);
    assertThat(index.removeOpening("1")).isTrue();
    assertThat(index.scarceSkills()).isEmpty();
    index.addOpening(opening("1").must(WIRING).build());
    assertThat(index.scarceSkills().get(WIRING)).isEqualTo(new ScarceSkill(WIRING, 2, 3));
  }

  @Test
  void aCandidateNoLongerInTheIndexAddsNothing() {
    MatchingIndex index = new MatchingIndex(relations());
    AddedValues values = new AddedValues(new AddedValueAssessor(Set.of()));
    assertThat(values.forOpening(TURKISH_MARKET, index).apply(card("gone", MatchTier.FULL, 100)))
        .isEqualTo(AddedValue.NONE);
    index.addCandidate(candidate("x").speaks("tur", CefrLevel.C1).build());
    assertThat(
            values.forOpening(TURKISH_MARKET, index).apply(card("x", MatchTier.FULL, 1)).points())
        .isEqualTo(AddedValueAssessor.MARKET_LANGUAGE_POINTS);
  }
}
