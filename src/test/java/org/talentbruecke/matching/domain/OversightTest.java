package org.talentbruecke.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff decisions applied to a ranking, and the life cycle of one decision. */
class OversightTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static MatchCard card(String handle, MatchTier tier, int tenths) {
    return new MatchCard(handle, "1", tier, tenths, List.of(), List.of(), "test");
  }

  private static final List<MatchCard> RANKED =
      List.of(
          card("A", MatchTier.FULL, 900),
          card("B", MatchTier.FULL, 800),
          card("C", MatchTier.FULL, 700),
          card("D", MatchTier.CLOSE, 950),
          card("E", MatchTier.CLOSE, 600));

  private static List<String> handles(List<MatchCard> cards) {
    return cards.stream().map(MatchCard::candidateHandle).toList();
  }

  @Test
  void excludedCandidatesAreLeftOut() {
    Oversight oversight = new Oversight(Set.of(), Set.of("B", "E"));
    assertThat(handles(oversight.apply(RANKED, true))).containsExactly("A", "C", "D");
  }

  @Test
  void pinnedComeFirstWithinTheirTierAndNeverAboveAFullMatch() {
    Oversight oversight = new Oversight(Set.of("C", "E"), Set.of());
    assertThat(handles(oversight.apply(RANKED, true))).containsExactly("C", "A", "B", "E", "D");
  }

  @Test
  void inAnOrderWithoutTiersPinnedComeFirstOverall() {
    List<MatchCard> byScore =
        List.of(RANKED.get(3), RANKED.get(0), RANKED.get(1), RANKED.get(2), RANKED.get(4));
    Oversight oversight = new Oversight(Set.of("E", "B"), Set.of("A"));
    assertThat(handles(oversight.apply(byScore, false))).containsExactly("B", "E", "D", "C");
  }

  @Test
  void noDecisionsKeepTheRankingAsItIs() {
    assertThat(Oversight.NONE.apply(RANKED, true)).isSameAs(RANKED);
  }

  @Test
  void theLatestActiveDecisionAboutACandidateCounts() {
    StaffDecision pin = new StaffDecision(1, "A", 11, DecisionKind.PIN, "knows the team", 5, T0);
    StaffDecision exclude =
        new StaffDecision(1, "A", 11, DecisionKind.EXCLUDE, "already hired", 5, T0.plusSeconds(60));
    StaffDecision other = new StaffDecision(1, "B", 12, DecisionKind.PIN, "strong fit", 5, T0);
    Oversight oversight = Oversight.of(List.of(exclude, pin, other));
    assertThat(oversight.excluded()).containsExactly("A");
    assertThat(oversight.pinned()).containsExactly("B");
  }

  @Test
  void aWithdrawnDecisionKeepsWhoAndWhenAndCannotBeWithdrawnTwice() {
    StaffDecision pin = new StaffDecision(1, "A", 11, DecisionKind.PIN, "knows the team", 5, T0);
    assertThat(pin.isActive()).isTrue();
    pin.withdraw(6, T0.plusSeconds(5));
    assertThat(pin.isActive()).isFalse();
    assertThat(pin.getWithdrawnBy()).isEqualTo(6L);
    assertThat(pin.getWithdrawnAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(pin.getReason()).isEqualTo("knows the team");
    assertThatThrownBy(() -> pin.withdraw(7, T0.plusSeconds(9)))
        .isInstanceOf(DecisionWithdrawn.class);
    assertThat(pin.getWithdrawnBy()).isEqualTo(6L);
  }

  @Test
  void aDecisionNeedsAReasonOfFiveToFiveHundredCharacters() {
    assertThatThrownBy(() -> new StaffDecision(1, "A", 11, DecisionKind.PIN, "ok", 5, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new StaffDecision(1, "A", 11, DecisionKind.PIN, "x".repeat(501), 5, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StaffDecision(1, "A", 11, DecisionKind.PIN, "x".repeat(500), 5, T0).getReason())
        .hasSize(500);
  }
}
