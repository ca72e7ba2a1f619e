package org.talentbruecke.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.matching.domain.MatchingFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

/** Next steps from German gaps, the recognition state and missing skills. */
class NextStepAdvisorTest {
  private final List<String> bodiesAskedFor = new ArrayList<>();
  private final NextStepAdvisor advisor =
      new NextStepAdvisor(
          ReferenceFiles.germanCourses().courses(),
          (isco, state) -> {
            bodiesAskedFor.add(isco + " " + state.status());
            return Optional.of("Body for " + isco);
          });
  private final InMemorySkillRelations relations = relations();

  private List<NextStep> steps(OpeningSnapshot opening, CandidateSnapshot candidate) {
    return advisor.advise(opening, candidate, scorer().score(opening, candidate), relations);
  }

  private List<NextStep> steps(
      OpeningSnapshot opening, CandidateSnapshot candidate, Aspect aspect) {
    return steps(opening, candidate).stream().filter(s -> s.aspect() == aspect).toList();
  }

  // ---- German ------------------------------------------------------------------------------

  @Test
  void aB2GapNamesTheJobRelatedGermanCourseB2AndTheShortSubSkills() {
    OpeningSnapshot opening = opening("o").german(CefrLevel.B2).build();
    CefrSkillLevels own =
        new CefrSkillLevels(CefrLevel.B2, CefrLevel.B1, CefrLevel.B2, CefrLevel.B2, CefrLevel.A2);
    List<NextStep> german = steps(opening, candidate("a").german(own).build(), Aspect.GERMAN);
    assertThat(german)
        .containsExactly(
            new NextStep(
                Aspect.GERMAN,
                Reason.of(
                    "matching.next.germanJobCourse", "B2", 2, "READING,WRITING", "BSK_BASIC_B2")));
  }

  @Test
  void upToB1TheIntegrationCourseAndFromC1TheC1Course() {
    List<NextStep> a2 =
        steps(opening("o").german(CefrLevel.A2).build(), candidate("a").build(), Aspect.GERMAN);
    assertThat(a2).hasSize(1);
    assertThat(a2.get(0).reason().key()).isEqualTo("matching.next.germanIntegrationCourse");
    assertThat(a2.get(0).reason().args())
        .containsExactly(
            "A2",
            "5",
            "LISTENING,READING,SPOKEN_INTERACTION,SPOKEN_PRODUCTION,WRITING",
            "INTEGRATION_GENERAL");

    // The highest level asked of a short sub-skill decides the course.
    CefrSkillLevels asked = new CefrSkillLevels(CefrLevel.B1, null, null, null, CefrLevel.C1);
    List<NextStep> c1 =
        steps(
            opening("o").german(asked).build(),
            candidate("a").german(CefrLevel.B1).build(),
            Aspect.GERMAN);
    assertThat(c1.get(0).reason())
        .isEqualTo(Reason.of("matching.next.germanJobCourse", "C1", 1, "WRITING", "BSK_BASIC_C1"));
  }

  @Test
  void noCourseWhenGermanIsMetIsTheMotherTongueOrNotAsked() {
    OpeningSnapshot b2 = opening("o").german(CefrLevel.B2).build();
    assertThat(steps(b2, candidate("a").german(CefrLevel.C1).build(), Aspect.GERMAN)).isEmpty();
    assertThat(steps(b2, candidate("b").motherTongue("deu").build(), Aspect.GERMAN)).isEmpty();
    assertThat(steps(opening("p").build(), candidate("c").build(), Aspect.GERMAN)).isEmpty();
  }

  // ---- recognition -------------------------------------------------------------------------

  @Test
  void partialEquivalenceNamesTheAdaptationPeriodAndTheResponsibleBody() {
    OpeningSnapshot opening = opening("o").regulated(RegulationKind.ACTIVITY_REGULATED).build();
    CandidateSnapshot c =
        candidate("a")
            .qualified(
                Qualification.foreign(
                    6,
                    NURSE,
                    RecognitionState.partialWith(
                        CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.IN_PROGRESS)))
            .build();
    assertThat(steps(opening, c, Aspect.QUALIFICATION))
        .containsExactly(
            new NextStep(
                Aspect.QUALIFICATION,
                Reason.of(
                    "matching.next.recognitionAdaptation", "Body for 2221", NURSE.escoUri())));
    assertThat(bodiesAskedFor).containsExactly("2221 PARTIAL_EQUIVALENCE");
  }

  @Test
  void theExamRouteNoMeasureYetAndNotStartedHaveTheirOwnAdvice() {
    OpeningSnapshot opening = opening("o").fullRecognition().build();
    CandidateSnapshot exam =
        candidate("a")
            .qualified(
                Qualification.foreign(
                    6,
                    SPECIALIST_NURSE, // same ISCO unit group counts
                    RecognitionState.partialWith(
                        CompensationMeasure.APTITUDE_OR_KNOWLEDGE_EXAM, MeasureStatus.PLANNED)))
            .build();
    assertThat(steps(opening, exam, Aspect.QUALIFICATION).get(0).reason().key())
        .isEqualTo("matching.next.recognitionExam");
    CandidateSnapshot partial =
        candidate("b")
            .qualified(
                Qualification.foreign(
                    6, NURSE, RecognitionState.of(RecognitionStatus.PARTIAL_EQUIVALENCE)))
            .build();
    assertThat(steps(opening, partial, Aspect.QUALIFICATION).get(0).reason().key())
        .isEqualTo("matching.next.recognitionMeasure");
    CandidateSnapshot notStarted =
        candidate("c")
            .qualified(
                Qualification.foreign(6, NURSE, RecognitionState.of(RecognitionStatus.NOT_STARTED)))
            .build();
    assertThat(steps(opening, notStarted, Aspect.QUALIFICATION).get(0).reason().key())
        .isEqualTo("matching.next.recognitionApply");
  }

  @Test
  void noRecognitionAdviceWhenRecognisedGermanUnrelatedOrNotAsked() {
    OpeningSnapshot regulated = opening("o").regulated(RegulationKind.ACTIVITY_REGULATED).build();
    RecognitionState notStarted = RecognitionState.of(RecognitionStatus.NOT_STARTED);
    CandidateSnapshot recognisedToo =
        candidate("a")
            .qualified(Qualification.foreign(6, NURSE, notStarted))
            .qualified(
                Qualification.foreign(
                    6, NURSE, RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE)))
            .build();
    assertThat(steps(regulated, recognisedToo, Aspect.QUALIFICATION)).isEmpty();
    assertThat(
            steps(
                regulated,
                candidate("b").qualified(Qualification.domestic(6, NURSE)).build(),
                Aspect.QUALIFICATION))
        .isEmpty();
    assertThat(
            steps(
                regulated,
                candidate("c").qualified(Qualification.foreign(4, COOK, notStarted)).build(),
                Aspect.QUALIFICATION))
        .isEmpty();
    assertThat(
            steps(
                opening("p").build(),
                candidate("d").qualified(Qualification.foreign(6, NURSE, notStarted)).build(),
                Aspect.QUALIFICATION))
        .isEmpty();
  }

  // ---- skills ------------------------------------------------------------------------------

  @Test
  void missingRequiredSkillsComeFirstThenEssentialSkillsOfTheOccupationWithTheirUris() {
    OpeningSnapshot opening =
        opening("o").must(WOUND_CARE, MEDICATION).nice(CUSTOMER_SERVICE, BAKING).build();
    // Has medication; baking only through nothing; wound care missing.
    CandidateSnapshot c = candidate("a").skills(MEDICATION).build();
    List<NextStep> skills =
        steps(opening, c).stream().filter(s -> s.reason().key().endsWith("Skill")).toList();
    assertThat(skills)
        .containsExactly(
            new NextStep(
                Aspect.MUST_HAVE_SKILLS, Reason.of("matching.next.mustHaveSkill", WOUND_CARE)),
            new NextStep(
                Aspect.NICE_TO_HAVE_SKILLS,
                Reason.of("matching.next.niceToHaveSkill", CUSTOMER_SERVICE)),
            new NextStep(
                Aspect.NICE_TO_HAVE_SKILLS, Reason.of("matching.next.niceToHaveSkill", BAKING)),
            // Essential for nurses (patient care, medication, hygiene): held or asked are left out.
            new NextStep(
                Aspect.OCCUPATION,
                Reason.of("matching.next.occupationSkill", HYGIENE, NURSE.escoUri())),
            new NextStep(
                Aspect.OCCUPATION,
                Reason.of("matching.next.occupationSkill", PATIENT_CARE, NURSE.escoUri())));
  }

  @Test
  void aNarrowerSkillAlreadyHeldIsNotSuggestedAndSuggestionsAreCapped() {
    OpeningSnapshot opening = opening("o").build();
    // Wound care is narrower than patient care (essential for nurses): whoever states wound care
    // is not asked about patient care again.
    CandidateSnapshot holdsWoundCare = candidate("a").skills(WOUND_CARE).build();
    assertThat(steps(opening, holdsWoundCare, Aspect.OCCUPATION))
        .extracting(s -> s.reason().args().get(0))
        .containsExactly(HYGIENE, MEDICATION);

    OpeningSnapshot many =
        opening("p").must(COOKING, BAKING, WIRING).nice(MENU_PLANNING, CUSTOMER_SERVICE).build();
    List<NextStep> capped = steps(many, candidate("b").build());
    assertThat(capped.stream().filter(s -> s.reason().key().endsWith("Skill")))
        .hasSize(NextStepAdvisor.MAX_SKILL_STEPS);
  }
}
