package org.talentbruecke.opening.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.opening.domain.OpeningKind;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

/** Every field of an opening is checked at once; valid input becomes details. */
class OpeningInputChecksTest {
  private static final Catalogues CATALOGUES =
      new Catalogues(ShippedCatalogs.languages(), ShippedCatalogs.municipalities());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static OpeningInput input(
      LocalDate start, Integer payMin, Integer payMax, String municipality) {
    return new OpeningInput(
        "Pflegefachkraft (m/w/d)",
        "Wir freuen uns auf Sie.",
        2,
        municipality,
        "SHIFTS",
        start,
        null,
        payMin,
        payMax,
        "JOB",
        "B1",
        "A2",
        "B1",
        "B1",
        "A2",
        true,
        true,
        false,
        true);
  }

  @Test
  void validInputBecomesDetails() {
    OpeningDetails d =
        OpeningInputChecks.details(input(TODAY, 3000, 3600, "03241021"), TODAY, CATALOGUES);

    assertThat(d.getPositions()).isEqualTo(2);
    assertThat(d.getMunicipality()).isEqualTo("03241021");
    assertThat(d.getHours()).isEqualTo(WorkingHours.SHIFTS);
    assertThat(d.getKind()).isEqualTo(OpeningKind.JOB);
    assertThat(d.getGerman().getSpokenInteraction()).isEqualTo(CefrLevel.B1);
    assertThat(d.getGerman().getWriting()).isEqualTo(CefrLevel.A2);
    assertThat(d.isOffersLanguageCourse()).isTrue();
    assertThat(d.isOffersRecognitionHelp()).isFalse();
    assertThat(d.isOpenToLearners()).isTrue();
  }

  @Test
  void onlyTheTitleIsRequired() {
    OpeningInput bare =
        new OpeningInput(
            "Koch (m/w/d)",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    OpeningDetails d = OpeningInputChecks.details(bare, TODAY, CATALOGUES);
    assertThat(d.getPositions()).isEqualTo(1);
    assertThat(d.getKind()).isEqualTo(OpeningKind.JOB);
    assertThat(d.getGerman().getListening()).isNull();
  }

  @Test
  void allBrokenFieldsAreReportedTogether() {
    OpeningInput bad =
        new OpeningInput(
            "",
            "x".repeat(20_001),
            0,
            "03241999",
            "NIGHTS",
            TODAY.minusDays(1),
            0,
            4000,
            3000,
            "INTERNSHIP",
            "B3",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThatThrownBy(() -> OpeningInputChecks.details(bad, TODAY, CATALOGUES))
        .isInstanceOfSatisfying(
            ValidationFailure.class,
            f ->
                assertThat(f.errors())
                    .extracting(FieldError::field, FieldError::messageKey)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("title", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("description", "validation.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("positions", "opening.error.positions"),
                        org.assertj.core.groups.Tuple.tuple(
                            "municipality", "opening.error.municipality"),
                        org.assertj.core.groups.Tuple.tuple(
                            "startDate", "opening.error.startInPast"),
                        org.assertj.core.groups.Tuple.tuple(
                            "durationMonths", "opening.error.duration"),
                        org.assertj.core.groups.Tuple.tuple("payMax", "opening.error.payRange"),
                        org.assertj.core.groups.Tuple.tuple("hours", "opening.error.choice"),
                        org.assertj.core.groups.Tuple.tuple("kind", "opening.error.choice"),
                        org.assertj.core.groups.Tuple.tuple(
                            "germanListening", "opening.error.level")));
  }

  @Test
  void equalPayBoundsAndTodayAreFine() {
    assertThat(
            OpeningInputChecks.details(input(TODAY, 3000, 3000, "03241001"), TODAY, CATALOGUES)
                .getPayMax())
        .isEqualTo(3000);
  }

  @Test
  void negativePayIsRefused() {
    assertThatThrownBy(
            () -> OpeningInputChecks.details(input(TODAY, -1, null, null), TODAY, CATALOGUES))
        .isInstanceOfSatisfying(
            ValidationFailure.class,
            f -> assertThat(f.errors()).extracting(FieldError::field).containsExactly("payMin"));
  }
}
