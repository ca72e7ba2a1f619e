package org.talentbruecke.opening.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.talentbruecke.opening.domain.RecognitionRequirement;
import org.talentbruecke.opening.domain.Requirements;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.recognition.Regulation;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * Requirements are checked with the rest of an opening: every broken field named, nothing half
 * kept.
 */
class RequirementChecksTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final String NURSE = "http://data.europa.eu/esco/occupation/nurse";
  private static final String CARE = "http://data.europa.eu/esco/skill/care";
  private static final String DOCUMENT = "http://data.europa.eu/esco/skill/document";
  private static final String LIFT = "http://data.europa.eu/esco/skill/lift";

  /** Knows one occupation and three skills. */
  private static final BiPredicate<String, ConceptType> ESCO =
      (uri, type) ->
          type == ConceptType.OCCUPATION
              ? NURSE.equals(uri)
              : Set.of(CARE, DOCUMENT, LIFT).contains(uri);

  private static OpeningInputChecks.Checked check(
      RequirementsInput requirements, boolean regulated) {
    return check(
        requirements,
        regulated
            ? new RegulationAnswer(Regulation.ACTIVITY, false, Optional.empty())
            : RegulationAnswer.notRegulated());
  }

  private static OpeningInputChecks.Checked check(
      RequirementsInput requirements, RegulationAnswer answer) {
    OpeningInput input =
        new OpeningInput(
            "Pflegefachkraft (m/w/d)",
            null,
            1,
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
            requirements);
    return OpeningInputChecks.check(
        input,
        TODAY,
        ESCO,
        uri -> answer,
        new Catalogues(ShippedCatalogs.languages(), ShippedCatalogs.municipalities()));
  }

  private static RequirementsInput requirements(
      List<String> must,
      List<String> nice,
      Integer eqf,
      String recognition,
      List<RequirementsInput.LanguageInput> languages) {
    return new RequirementsInput(
        NURSE, must, nice, 2, "Pflegefachfrau/Pflegefachmann", eqf, recognition, languages);
  }

  private static List<String> fields(ValidationFailure failure) {
    return failure.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void validRequirementsAreKeptInOrder() {
    Requirements r =
        check(
                requirements(
                    List.of(CARE, DOCUMENT, CARE),
                    List.of(LIFT),
                    4,
                    "IN_PROGRESS_ACCEPTED",
                    List.of(new RequirementsInput.LanguageInput("TR", "b2"))),
                true)
            .requirements();

    assertThat(r.basics().getOccupationUri()).isEqualTo(NURSE);
    assertThat(r.mustHave()).containsExactly(CARE, DOCUMENT);
    assertThat(r.niceToHave()).containsExactly(LIFT);
    assertThat(r.basics().getQualificationEqf()).isEqualTo(4);
    assertThat(r.basics().getMinExperienceYears()).isEqualTo(2);
    // The employer's explicit choice wins over the pre-set for regulated professions.
    assertThat(r.basics().getRecognition()).isEqualTo(RecognitionRequirement.IN_PROGRESS_ACCEPTED);
    assertThat(r.languages())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getLanguageCode()).isEqualTo("tr");
              assertThat(l.getLevel()).isEqualTo(CefrLevel.B2);
            });
  }

  @Test
  void regulatedOccupationsNeedFullRecognitionUnlessTheEmployerSaysOtherwise() {
    assertThat(
            check(requirements(List.of(), List.of(), null, null, List.of()), true)
                .requirements()
                .basics()
                .getRecognition())
        .isEqualTo(RecognitionRequirement.FULL_REQUIRED);
    assertThat(
            check(requirements(List.of(), List.of(), null, null, List.of()), false)
                .requirements()
                .basics()
                .getRecognition())
        .isNull();
  }

  @Test
  void onlyActivityRegulatedOccupationsGetTheFullRecognitionPreset() {
    // Titles, crafts and licences: people may be hired without recognition, so nothing is
    // pre-set; neither when only some occupations of the group are activity-regulated.
    for (Regulation kind : Regulation.values()) {
      for (boolean depends : List.of(false, true)) {
        if (kind == Regulation.NONE && depends) {
          continue;
        }
        RecognitionRequirement preset =
            check(
                    requirements(List.of(), List.of(), null, null, List.of()),
                    new RegulationAnswer(kind, depends, Optional.empty()))
                .requirements()
                .basics()
                .getRecognition();
        assertThat(preset)
            .as(kind + (depends ? " (depends)" : ""))
            .isEqualTo(
                kind == Regulation.ACTIVITY && !depends
                    ? RecognitionRequirement.FULL_REQUIRED
                    : null);
      }
    }
  }

  @Test
  void aSkillCannotBeMustHaveAndNiceToHave() {
    assertThatThrownBy(
            () ->
                check(
                    requirements(
                        List.of(CARE, DOCUMENT), List.of(LIFT, DOCUMENT), null, null, List.of()),
                    false))
        .isInstanceOfSatisfying(
            ValidationFailure.class,
            f -> {
              assertThat(fields(f)).containsExactly("niceToHaveSkills[1]");
              assertThat(f.errors().get(0).messageKey()).isEqualTo("opening.error.skillInBoth");
            });
  }

  @Test
  void everyBrokenFieldIsNamedAtOnce() {
    String unknown = "http://data.europa.eu/esco/skill/does-not-exist";
    RequirementsInput bad =
        new RequirementsInput(
            "http://data.europa.eu/esco/occupation/nope",
            List.of(CARE, unknown, "x".repeat(100_000)),
            List.of(NURSE),
            -1,
            "x".repeat(102_400),
            9,
            "MAYBE",
            List.of(
                new RequirementsInput.LanguageInput("de", "B2"),
                new RequirementsInput.LanguageInput("xx", "B2"),
                new RequirementsInput.LanguageInput("tr", "B7"),
                new RequirementsInput.LanguageInput("TR", "A1"),
                new RequirementsInput.LanguageInput("tr", "A1")));

    assertThatThrownBy(() -> check(bad, false))
        .isInstanceOfSatisfying(
            ValidationFailure.class,
            f ->
                assertThat(fields(f))
                    .containsExactlyInAnyOrder(
                        "occupation",
                        "mustHaveSkills[1]",
                        "mustHaveSkills[2]",
                        "niceToHaveSkills[0]",
                        "minExperienceYears",
                        "qualification",
                        "qualificationEqf",
                        "recognition",
                        "languages[0].code",
                        "languages[1].code",
                        "languages[2].level",
                        "languages[3].code",
                        "languages[4].code"));
  }

  @Test
  void eqfLevelsOneToEightAreAccepted() {
    for (int level = 1; level <= 8; level++) {
      assertThat(
              check(requirements(List.of(), List.of(), level, null, List.of()), false)
                  .requirements()
                  .basics()
                  .getQualificationEqf())
          .isEqualTo(level);
    }
    assertThatThrownBy(() -> check(requirements(List.of(), List.of(), 0, null, List.of()), false))
        .isInstanceOf(ValidationFailure.class);
  }

  @Test
  void tooManySkillsAreRefusedWithoutLookingEachUp() {
    List<String> many = java.util.Collections.nCopies(Requirements.MAX_SKILLS + 1, CARE);
    assertThatThrownBy(() -> check(requirements(many, List.of(), null, null, List.of()), false))
        .isInstanceOfSatisfying(
            ValidationFailure.class, f -> assertThat(fields(f)).containsExactly("mustHaveSkills"));
  }

  @Test
  void withoutRequirementsNothingIsAsked() {
    Requirements r = check(null, false).requirements();
    assertThat(r.skills()).isEmpty();
    assertThat(r.languages()).isEmpty();
    assertThat(r.basics().getOccupationUri()).isNull();
  }
}
