package org.talentbruecke.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.recognition.AnabinRating;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;

class RecognitionTest {
  private static final LocalDate APPLIED = LocalDate.of(2024, 3, 4);
  private static final String BODY = "Landesamt";

  @Test
  void anApplicationNeedsDateAndBody() {
    assertThatThrownBy(
            () -> new Recognition(RecognitionStatus.APPLIED, null, BODY, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Recognition(RecognitionStatus.APPLIED, APPLIED, " ", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new Recognition(RecognitionStatus.APPLIED, APPLIED, BODY, null, null, null, null)
                .isDecided())
        .isFalse();
  }

  @Test
  void notStartedHasNoApplication() {
    assertThatThrownBy(
            () ->
                new Recognition(
                    RecognitionStatus.NOT_STARTED, APPLIED, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partialEquivalenceNamesTheDifferences() {
    assertThatThrownBy(() -> partial(null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Recognition(
                    RecognitionStatus.FULL_EQUIVALENCE, APPLIED, BODY, "fehlt", null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(partial("Praxisstunden fehlen", null, null).isDecided()).isTrue();
  }

  @Test
  void aCompensationMeasureOnlyAfterPartialEquivalenceAndAlwaysWithItsStatus() {
    assertThatThrownBy(
            () ->
                new Recognition(
                    RecognitionStatus.NOT_EQUIVALENT,
                    APPLIED,
                    BODY,
                    null,
                    CompensationMeasure.ADAPTATION_PERIOD,
                    MeasureStatus.PLANNED,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> partial("fehlt", CompensationMeasure.ADAPTATION_PERIOD, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void passingTheMeasureEndsInFullEquivalenceAndKeepsTheApplication() {
    Recognition inProgress =
        partial("fehlt", CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.IN_PROGRESS);
    Recognition failed = inProgress.afterMeasure(MeasureStatus.FAILED);
    assertThat(failed.getStatus()).isEqualTo(RecognitionStatus.PARTIAL_EQUIVALENCE);
    assertThat(failed.getMeasureStatus()).isEqualTo(MeasureStatus.FAILED);

    Recognition passed = inProgress.afterMeasure(MeasureStatus.PASSED);
    assertThat(passed.getStatus()).isEqualTo(RecognitionStatus.FULL_EQUIVALENCE);
    assertThat(passed.getMeasure()).isNull();
    assertThat(passed.getDifferences()).isNull();
    assertThat(passed.getAppliedOn()).isEqualTo(APPLIED);
    assertThat(passed.getReferenceOccupationUri()).isEqualTo("ref");
  }

  @Test
  void withoutAMeasureThereIsNothingToProgress() {
    assertThatThrownBy(() -> partial("fehlt", null, null).afterMeasure(MeasureStatus.PASSED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anabinOnlyForAcademicDegreesAndEqfFromOneToEight() {
    assertThatThrownBy(
            () ->
                new Qualification(
                    QualificationType.VOCATIONAL,
                    "Pflege",
                    "SY",
                    null,
                    2012,
                    4,
                    Recognition.notStarted(),
                    AnabinRating.H_PLUS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Qualification(
                    QualificationType.ACADEMIC,
                    "BSc",
                    "SY",
                    null,
                    2012,
                    9,
                    Recognition.notStarted(),
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new Qualification(
                    QualificationType.ACADEMIC,
                    "BSc",
                    "SY",
                    null,
                    2012,
                    6,
                    Recognition.notStarted(),
                    AnabinRating.H_PLUS_MINUS)
                .getAnabin())
        .isEqualTo(AnabinRating.H_PLUS_MINUS);
  }

  private static Recognition partial(
      String differences, CompensationMeasure measure, MeasureStatus status) {
    return new Recognition(
        RecognitionStatus.PARTIAL_EQUIVALENCE, APPLIED, BODY, differences, measure, status, "ref");
  }
}
