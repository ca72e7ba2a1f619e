package org.talentbruecke.reference.domain.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognitionStateTest {

  @Test
  void measureRequiresPartialEquivalence() {
    assertThatThrownBy(
            () ->
                new RecognitionState(
                    RecognitionStatus.APPLIED,
                    Optional.of(CompensationMeasure.ADAPTATION_PERIOD),
                    Optional.of(MeasureStatus.PLANNED),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void measureAndProgressComeTogether() {
    assertThatThrownBy(
            () ->
                new RecognitionState(
                    RecognitionStatus.PARTIAL_EQUIVALENCE,
                    Optional.of(CompensationMeasure.ADAPTATION_PERIOD),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void factoriesBuildValidStates() {
    RecognitionState state =
        RecognitionState.partialWith(
            CompensationMeasure.APTITUDE_OR_KNOWLEDGE_EXAM, MeasureStatus.PASSED);
    assertThat(state.status()).isEqualTo(RecognitionStatus.PARTIAL_EQUIVALENCE);
    assertThat(
            RecognitionState.of(RecognitionStatus.NOT_STARTED)
                .withAnabin(AnabinRating.H_PLUS)
                .anabin())
        .contains(AnabinRating.H_PLUS);
  }

  @Test
  void anabinLabelsParse() {
    assertThat(AnabinRating.parse("H+/-")).isEqualTo(AnabinRating.H_PLUS_MINUS);
    assertThat(AnabinRating.parse("h-")).isEqualTo(AnabinRating.H_MINUS);
    assertThat(AnabinRating.parse("H_PLUS")).isEqualTo(AnabinRating.H_PLUS);
    assertThatThrownBy(() -> AnabinRating.parse("H")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void iscoCodesAreValidated() {
    assertThat(IscoCodes.majorGroup("2221")).isEqualTo(2);
    assertThat(IscoCodes.isUsuallyAcademic("2512")).isTrue();
    assertThat(IscoCodes.isUsuallyAcademic("7411")).isFalse();
    assertThatThrownBy(() -> IscoCodes.requireUnitGroup("221"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IscoCodes.requireUnitGroup("22a1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
