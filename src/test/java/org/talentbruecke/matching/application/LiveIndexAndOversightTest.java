package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentbruecke.matching.domain.MatchingFixtures.COOK;
import static org.talentbruecke.matching.domain.MatchingFixtures.COOKING;
import static org.talentbruecke.matching.domain.MatchingFixtures.HYGIENE;
import static org.talentbruecke.matching.domain.MatchingFixtures.NURSE;
import static org.talentbruecke.matching.domain.MatchingFixtures.WOUND_CARE;
import static org.talentbruecke.matching.domain.MatchingFixtures.candidate;
import static org.talentbruecke.matching.domain.MatchingFixtures.opening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.DecisionWithdrawn;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchingFixtures;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.opening.application.OpeningChanged;
import org.talentbruecke.profile.application.ProfileSaved;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * A saved profile or a changed opening reaches rankings through one entry of the index, without a
 * rebuild; staff decisions shape the employer's list.
 */
class LiveIndexAndOversightTest {
  private static final long STAFF = 900;
  private static final long NURSING = 1;
  private static final long KITCHEN = 2;

  private final OversightFakes.Candidates candidates = new OversightFakes.Candidates();
  private final OversightFakes.Openings openings = new OversightFakes.Openings();
  private final OversightFakes.Decisions decisionTable = new OversightFakes.Decisions();
  private final StaffDecisions decisions =
      new StaffDecisions(
          decisionTable,
          openings,
          candidates,
          Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));
  private Viewer viewer = new Viewer(STAFF, "STAFF");
  private final MatchingService matching =
      new MatchingService(
          candidates,
          openings,
          MatchingFixtures::relations,
          decisions,
          () -> viewer,
          OversightFakes.addedValues(),
          OversightFakes.nextSteps());

  @BeforeEach
  void buildIndex() {
    candidates.save(11, candidate("AAAA-0011").wants(NURSE).skills(WOUND_CARE, HYGIENE).build());
    candidates.save(12, candidate("AAAA-0012").wants(NURSE).skills(WOUND_CARE).build());
    candidates.save(13, candidate("AAAA-0013").skills(HYGIENE).build());
    openings.publish(opening(String.valueOf(NURSING)).occupation(NURSE).must(WOUND_CARE).build());
    openings.publish(opening(String.valueOf(KITCHEN)).occupation(COOK).must(COOKING).build());
    matching.rebuild();
    assertThat(matching.isReady()).isTrue();
  }

  private List<String> handles(MatchingService.Sort sort) {
    return matching.candidatesFor(null, NURSING, 20, 0, false, sort).cards().stream()
        .map(MatchCard::candidateHandle)
        .toList();
  }

  private List<String> openingsOf(long account) {
    return matching.openingsFor(account, 20, 0).cards().stream().map(MatchCard::openingId).toList();
  }

  @Test
  void aSavedProfileIsInTheNextRankingWithoutARebuild() {
    assertThat(handles(MatchingService.Sort.FIT)).doesNotContain("AAAA-0014");
    candidates.save(
        14, candidate("AAAA-0014").wants(NURSE).skill(WOUND_CARE, SkillLevel.EXPERT).build());
    // What the profile service fires after the commit; the next ranking applies it.
    matching.onProfileSaved(new ProfileSaved(14, 140));
    assertThat(handles(MatchingService.Sort.FIT)).contains("AAAA-0014");
    assertThat(matching.candidateCount()).isEqualTo(4);
  }

  @Test
  void aChangedProfileIsRankedByWhatItSaysNow() {
    assertThat(handles(MatchingService.Sort.FIT).get(0)).isEqualTo("AAAA-0011");
    // 11 drops the must-have skill: a close match now, behind 12 who still has it.
    candidates.save(11, candidate("AAAA-0011").wants(NURSE).skills(HYGIENE).build());
    matching.updateProfile(11);
    List<String> now = handles(MatchingService.Sort.FIT);
    assertThat(now.get(0)).isEqualTo("AAAA-0012");
    assertThat(now).contains("AAAA-0011");
  }

  @Test
  void aHiddenProfileLeavesTheRankingAtOnce() {
    assertThat(handles(MatchingService.Sort.FIT)).contains("AAAA-0012");
    candidates.hide(12);
    matching.updateProfile(12);
    assertThat(handles(MatchingService.Sort.FIT)).doesNotContain("AAAA-0012");
    assertThat(matching.candidateCount()).isEqualTo(2);
  }

  @Test
  void aClosedOpeningLeavesTheJobSeekersRankingAndAPublishedOneJoins() {
    assertThat(openingsOf(11)).containsExactlyInAnyOrder("1", "2");
    openings.close(NURSING);
    matching.onOpeningChanged(new OpeningChanged(NURSING));
    assertThat(openingsOf(11)).containsExactly("2");

    openings.publish(opening("3").occupation(NURSE).must(HYGIENE).build());
    matching.updateOpening(3);
    assertThat(openingsOf(11)).containsExactlyInAnyOrder("2", "3");
  }

  @Test
  void aChangeWhileTheIndexIsRebuiltIsNotLostWhenTheNewIndexIsSwappedIn() {
    // The build reads 12 as visible; 12 is hidden before the build ends and the update goes to the
    // old index: the new one must not bring 12 back.
    candidates.duringBuild =
        () -> {
          candidates.duringBuild = () -> {};
          candidates.hide(12);
          matching.updateProfile(12);
        };
    matching.rebuild();
    assertThat(handles(MatchingService.Sort.FIT)).doesNotContain("AAAA-0012");
  }

  @Test
  void aPinnedCandidateIsRecommendedAndFirstAmongTheirTier() {
    assertThat(handles(MatchingService.Sort.FIT))
        .containsExactly("AAAA-0011", "AAAA-0012", "AAAA-0013");
    decisions.pin(NURSING, "AAAA-0012", "Met her at the job fair: excellent.", STAFF);
    decisions.pin(NURSING, "AAAA-0013", "Finishing a wound-care course.", STAFF);

    MatchingService.Result result =
        matching.candidatesFor(7L, NURSING, 20, 0, false, MatchingService.Sort.FIT);
    assertThat(result.cards())
        .extracting(MatchCard::candidateHandle)
        // 13 is a close match (no wound care): pinned, it leads the close matches only.
        .containsExactly("AAAA-0012", "AAAA-0011", "AAAA-0013");
    assertThat(result.matches())
        .extracting(RankedMatch::recommendedByRegion)
        .containsExactly(true, false, true);
  }

  @Test
  void anExcludedCandidateIsNotOnTheListAndWithdrawingBringsThemBack() {
    StaffDecisions.Decision exclusion =
        decisions.exclude(NURSING, "AAAA-0011", "Already works for this employer.", STAFF);
    assertThat(handles(MatchingService.Sort.FIT)).containsExactly("AAAA-0012", "AAAA-0013");
    assertThat(handles(MatchingService.Sort.VALUE)).doesNotContain("AAAA-0011");
    assertThat(
            matching.candidatesFor(null, NURSING, 20, 0, false, MatchingService.Sort.FIT).total())
        .isEqualTo(2);

    StaffDecisions.Decision withdrawn = decisions.withdraw(NURSING, exclusion.id(), STAFF + 1);
    assertThat(withdrawn.active()).isFalse();
    assertThat(withdrawn.withdrawnBy()).isEqualTo(STAFF + 1);
    assertThat(withdrawn.withdrawnAt()).isNotNull();
    assertThat(handles(MatchingService.Sort.FIT)).contains("AAAA-0011");
    assertThat(decisions.forOpening(NURSING)).hasSize(1);
    assertThatThrownBy(() -> decisions.withdraw(NURSING, exclusion.id(), STAFF))
        .isInstanceOf(DecisionWithdrawn.class);
    assertThatThrownBy(() -> decisions.withdraw(KITCHEN, exclusion.id(), STAFF))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aNewDecisionAboutTheSameCandidateWithdrawsTheOneBefore() {
    decisions.pin(NURSING, "AAAA-0012", "Strong references.", STAFF);
    decisions.exclude(NURSING, "AAAA-0012", "Withdrew the application.", STAFF);
    List<StaffDecisions.Decision> all = decisions.forOpening(NURSING);
    assertThat(all).hasSize(2);
    assertThat(all.get(0).active()).isFalse();
    assertThat(all.get(0).withdrawnBy()).isEqualTo(STAFF);
    assertThat(all.get(1).active()).isTrue();
    assertThat(handles(MatchingService.Sort.FIT)).doesNotContain("AAAA-0012");
  }

  @Test
  void aDecisionNeedsAReasonAKnownCandidateAndAKnownOpening() {
    for (String reason : new String[] {null, "", "   ", "ok", "x".repeat(501), "<b>bold</b>"}) {
      assertThatThrownBy(() -> decisions.pin(NURSING, "AAAA-0012", reason, STAFF))
          .as(String.valueOf(reason))
          .isInstanceOfSatisfying(
              ValidationFailure.class,
              e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));
    }
    assertThatThrownBy(() -> decisions.pin(NURSING, "ZZZZ-9999", "A good reason.", STAFF))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> decisions.pin(404, "AAAA-0012", "A good reason.", STAFF))
        .isInstanceOf(NotFound.class);
    assertThat(decisionTable.all).isEmpty();
  }

  @Test
  void onlyStaffLearnWhoAHandleIs() {
    assertThat(matching.personBehind("AAAA-0012"))
        .hasValueSatisfying(p -> assertThat(p.accountId()).isEqualTo(12));
    viewer = new Viewer(5L, "EMPLOYER");
    assertThat(matching.personBehind("AAAA-0012")).isEmpty();
    viewer = Viewer.NOBODY;
    assertThat(matching.personBehind("AAAA-0012")).isEmpty();
  }
}
