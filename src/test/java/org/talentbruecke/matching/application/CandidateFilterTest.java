package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentbruecke.matching.domain.MatchingFixtures.GARBSEN;
import static org.talentbruecke.matching.domain.MatchingFixtures.HANNOVER;
import static org.talentbruecke.matching.domain.MatchingFixtures.HYGIENE;
import static org.talentbruecke.matching.domain.MatchingFixtures.NURSE;
import static org.talentbruecke.matching.domain.MatchingFixtures.PATIENT_CARE;
import static org.talentbruecke.matching.domain.MatchingFixtures.UETZE;
import static org.talentbruecke.matching.domain.MatchingFixtures.candidate;
import static org.talentbruecke.matching.domain.MatchingFixtures.opening;
import static org.talentbruecke.matching.domain.MatchingFixtures.scorer;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;

/** The employer's filters only remove candidates, each for its own reason. */
class CandidateFilterTest {
  private final OpeningSnapshot nurseInHannover =
      opening("1").occupation(NURSE).must(PATIENT_CARE).in(HANNOVER).build();

  private MatchCard card(CandidateSnapshot c) {
    return scorer().score(nurseInHannover, c);
  }

  private boolean admits(CandidateFilter filter, CandidateSnapshot c) {
    return filter.admits(card(c), c, nurseInHannover);
  }

  @Test
  void noFilterAdmitsEveryone() {
    CandidateSnapshot c = candidate("A").in(UETZE).skills(HYGIENE).build();
    assertThat(admits(CandidateFilter.NONE, c)).isTrue();
    assertThat(CandidateFilter.NONE.narrows()).isFalse();
  }

  @Test
  void mustHavesOnlyDropsThoseMissingOne() {
    CandidateFilter filter = CandidateFilter.mustHaves(true);
    assertThat(admits(filter, candidate("A").in(HANNOVER).skills(PATIENT_CARE).build())).isTrue();
    assertThat(admits(filter, candidate("B").in(HANNOVER).skills(HYGIENE).build())).isFalse();
  }

  @Test
  void commuteLimitCountsStraightLineKilometresToTheOpening() {
    CandidateFilter fifteen = new CandidateFilter(false, false, 15, null);
    assertThat(admits(fifteen, candidate("A").in(GARBSEN).skills(PATIENT_CARE).build())).isTrue();
    assertThat(admits(fifteen, candidate("B").in(UETZE).skills(PATIENT_CARE).build())).isFalse();
  }

  @Test
  void availableByKeepsThoseWhoCanStartThatDayOrEarlier() {
    LocalDate by = LocalDate.of(2027, 5, 1);
    CandidateFilter filter = new CandidateFilter(false, false, null, by);
    assertThat(admits(filter, candidate("A").skills(PATIENT_CARE).build())).isTrue();
    assertThat(admits(filter, candidate("B").skills(PATIENT_CARE).from(by).build())).isTrue();
    assertThat(admits(filter, candidate("C").skills(PATIENT_CARE).from(by.plusDays(1)).build()))
        .isFalse();
  }

  @Test
  void recognitionCompleteNeedsEveryForeignQualificationFullyEquivalent() {
    CandidateFilter filter = new CandidateFilter(false, true, null, null);
    CandidateSnapshot domestic =
        candidate("A").skills(PATIENT_CARE).qualified(Qualification.domestic(4, NURSE)).build();
    CandidateSnapshot full =
        candidate("B")
            .skills(PATIENT_CARE)
            .qualified(
                Qualification.foreign(
                    4, NURSE, RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE)))
            .build();
    CandidateSnapshot applied =
        candidate("C")
            .skills(PATIENT_CARE)
            .qualified(
                Qualification.foreign(4, NURSE, RecognitionState.of(RecognitionStatus.APPLIED)))
            .build();
    assertThat(admits(filter, domestic)).isTrue();
    assertThat(admits(filter, full)).isTrue();
    assertThat(admits(filter, applied)).isFalse();
  }

  @Test
  void aFilterThatNeedsTheCandidateDropsAnUnknownOne() {
    CandidateSnapshot c = candidate("A").skills(PATIENT_CARE).build();
    assertThat(new CandidateFilter(false, false, 500, null).admits(card(c), null, nurseInHannover))
        .isFalse();
  }

  @Test
  void commuteLimitOutOfRangeIsRefused() {
    assertThatThrownBy(() -> new CandidateFilter(false, false, -1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CandidateFilter(false, false, 501, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
