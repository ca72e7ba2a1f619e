package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.matching.domain.MatchingFixtures.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.Aspect;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.NextStep;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.matching.domain.RegulationKind;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.infrastructure.AdvicePhraseCatalog;
import org.talentbruecke.reference.infrastructure.RecognitionCatalog;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;
import org.talentbruecke.reference.infrastructure.SupportHintCatalog;

/**
 * Next steps with the register's own reference data: the shipped German courses and the responsible
 * body the profile's recognition advice names for the occupation.
 */
class NextStepsTest {
  private final RecognitionAdviceService recognition =
      new RecognitionAdviceService(
          RecognitionCatalog.load(),
          AdvicePhraseCatalog.load(),
          SupportHintCatalog.load(),
          Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
  private final NextSteps nextSteps = new NextSteps(ReferenceFiles.germanCourses(), recognition);

  @Test
  void aNurseWithPartialEquivalenceIsToldTheRouteTheBodyAndTheCourseForTheOpeningsOfTheIndex() {
    MatchingIndex index = new MatchingIndex(relations());
    index.addOpening(
        opening("7")
            .regulated(RegulationKind.ACTIVITY_REGULATED)
            .german(CefrLevel.B2)
            .must(WOUND_CARE)
            .build());
    CandidateSnapshot nurse =
        candidate("me")
            .german(CefrLevel.B1)
            .skills(WOUND_CARE, PATIENT_CARE, MEDICATION, HYGIENE)
            .qualified(
                Qualification.foreign(
                    6,
                    NURSE,
                    RecognitionState.partialWith(
                        CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.PLANNED)))
            .build();
    MatchCard card = index.topOpenings(nurse, 1, 0).cards().get(0);

    List<NextStep> steps = nextSteps.of(card, nurse, index);

    assertThat(steps)
        .extracting(NextStep::aspect)
        .containsExactly(Aspect.GERMAN, Aspect.QUALIFICATION);
    assertThat(steps.get(0).reason().key()).isEqualTo("matching.next.germanJobCourse");
    assertThat(steps.get(0).reason().args()).startsWith("B2").endsWith("BSK_BASIC_B2");
    assertThat(steps.get(1).reason().key()).isEqualTo("matching.next.recognitionAdaptation");
    // The same body the profile page's recognition advice names for nurses (ISCO 2221).
    String body =
        recognition
            .advise(
                "2221",
                RecognitionState.of(
                    org.talentbruecke.reference.domain.recognition.RecognitionStatus
                        .PARTIAL_EQUIVALENCE),
                java.util.Locale.GERMAN)
            .responsibleBody();
    assertThat(steps.get(1).reason().args().get(0))
        .isEqualTo(body)
        .contains("Landesamt für Soziales, Jugend und Familie");
  }

  @Test
  void anOpeningGoneFromTheIndexHasNoNextSteps() {
    MatchingIndex index = new MatchingIndex(relations());
    index.addOpening(opening("8").german(CefrLevel.C1).build());
    CandidateSnapshot someone = candidate("me").skills(COOKING).build();
    MatchCard card = index.topOpenings(someone, 1, 0).cards().get(0);
    assertThat(nextSteps.of(card, someone, index)).isNotEmpty();
    index.removeOpening("8");
    assertThat(nextSteps.of(card, someone, index)).isEmpty();
  }
}
