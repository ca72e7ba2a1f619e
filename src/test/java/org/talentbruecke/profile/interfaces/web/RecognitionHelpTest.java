package org.talentbruecke.profile.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.recognition.AnabinRating;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;

/** The advice on the page must work from a half-filled form, never fail on it. */
class RecognitionHelpTest {

  @Test
  void aCompletePartialStateKeepsItsMeasure() {
    assertThat(
            RecognitionHelp.state("PARTIAL_EQUIVALENCE", "ADAPTATION_PERIOD", "IN_PROGRESS", null))
        .isEqualTo(
            RecognitionState.partialWith(
                CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.IN_PROGRESS));
  }

  @Test
  void aMeasureWithoutItsProgressOrOutsidePartialEquivalenceIsLeftOut() {
    assertThat(RecognitionHelp.state("PARTIAL_EQUIVALENCE", "ADAPTATION_PERIOD", "", null))
        .isEqualTo(RecognitionState.of(RecognitionStatus.PARTIAL_EQUIVALENCE));
    assertThat(RecognitionHelp.state("APPLIED", "ADAPTATION_PERIOD", "PASSED", null))
        .isEqualTo(RecognitionState.of(RecognitionStatus.APPLIED));
  }

  @Test
  void unknownOrMissingValuesCountAsNotStartedAndAnabinIsKept() {
    assertThat(RecognitionHelp.state(null, null, null, null))
        .isEqualTo(RecognitionState.of(RecognitionStatus.NOT_STARTED));
    assertThat(RecognitionHelp.state("SOMETHING", "X", "Y", "H_PLUS").anabin())
        .isEqualTo(Optional.of(AnabinRating.H_PLUS));
  }
}
