package org.talentbruecke.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.matching.domain.MatchingFixtures.*;

import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

class MatchScorerTest {
  private final MatchScorer scorer = scorer();

  private MatchCard score(OpeningSnapshot o, CandidateSnapshot c) {
    return scorer.score(o, c);
  }

  @Test
  void nothingRequiredGivesFullPointsForEveryRequirementFreePart() {
    MatchCard card = score(opening("o").build(), candidate("A").wants(NURSE).build());
    assertThat(card.tier()).isEqualTo(MatchTier.FULL);
    assertThat(card.fit()).isEqualTo(100);
    assertThat(card.parts()).hasSize(Aspect.values().length);
    assertThat(card.part(Aspect.MUST_HAVE_SKILLS).reason().key())
        .isEqualTo("matching.mustHave.none");
    assertThat(card.algorithmVersion()).isEqualTo(ScoreRules.ALGORITHM_VERSION);
  }

  @Test
  void occupationSameEscoFullySameIscoGroupHalfOtherwiseNothing() {
    OpeningSnapshot o = opening("o").build();
    assertThat(score(o, candidate("A").wants(NURSE).build()).part(Aspect.OCCUPATION).pointsTenths())
        .isEqualTo(200);
    MatchPart group =
        score(o, candidate("B").wants(SPECIALIST_NURSE).build()).part(Aspect.OCCUPATION);
    assertThat(group.pointsTenths()).isEqualTo(100);
    assertThat(group.reason().key()).isEqualTo("matching.occupation.sameGroup");
    assertThat(score(o, candidate("C").wants(COOK).build()).part(Aspect.OCCUPATION).pointsTenths())
        .isZero();
  }

  @Test
  void skillEvidenceThroughEscoCountsPartlyAndSaysHowMuch() {
    OpeningSnapshot o = opening("o").nice(WOUND_CARE).build();
    assertThat(nice(o, candidate("same").skills(WOUND_CARE))).isEqualTo(100);
    assertThat(nice(o, candidate("narrower").skills(DIABETIC_WOUND_CARE))).isEqualTo(80);
    assertThat(nice(o, candidate("broader").skills(PATIENT_CARE))).isEqualTo(50);
    assertThat(nice(o, candidate("related").skills(HYGIENE))).isEqualTo(40);
    assertThat(nice(o, candidate("basic").skill(WOUND_CARE, SkillLevel.BASIC))).isEqualTo(70);
    MatchPart part =
        score(o, candidate("n").skills(DIABETIC_WOUND_CARE).build())
            .part(Aspect.NICE_TO_HAVE_SKILLS);
    assertThat(part.details().get(0))
        .isEqualTo(Reason.of("matching.skill.narrower", WOUND_CARE, DIABETIC_WOUND_CARE, 80));
  }

  private int nice(OpeningSnapshot o, CandidateBuilder c) {
    return score(o, c.build()).part(Aspect.NICE_TO_HAVE_SKILLS).pointsTenths();
  }

  @Test
  void essentialSkillOfAnOccupationWorkedInCountsPartlyAndMeetsAMustHave() {
    OpeningSnapshot o = opening("o").must(MEDICATION).build();
    MatchCard card = score(o, candidate("A").worked(NURSE, "UA", 3).build());
    assertThat(card.tier()).isEqualTo(MatchTier.FULL);
    assertThat(card.part(Aspect.MUST_HAVE_SKILLS).details().get(0))
        .isEqualTo(
            Reason.of("matching.skill.essentialOfOccupation", MEDICATION, NURSE.escoUri(), 60));
  }

  @Test
  void missingMustHaveMakesACloseMatchThatListsIt() {
    OpeningSnapshot o = opening("o").must(WOUND_CARE, MEDICATION).build();
    MatchCard card = score(o, candidate("A").skills(WOUND_CARE, HYGIENE).build());
    assertThat(card.tier()).isEqualTo(MatchTier.CLOSE);
    assertThat(card.gaps()).containsExactly(Reason.of("matching.gap.mustHave", MEDICATION));
    // a broader skill is partial evidence, not enough for a must-have
    MatchCard broader = score(o, candidate("B").skills(PATIENT_CARE, MEDICATION).build());
    assertThat(broader.gaps()).containsExactly(Reason.of("matching.gap.mustHave", WOUND_CARE));
  }

  @Test
  void activityRegulatedWithoutFullRecognitionIsNeverAFullMatch() {
    OpeningSnapshot o = opening("o").regulated(RegulationKind.ACTIVITY_REGULATED).build();
    CandidateSnapshot applied =
        candidate("A")
            .qualified(
                Qualification.foreign(6, NURSE, RecognitionState.of(RecognitionStatus.APPLIED)))
            .build();
    MatchCard card = score(o, applied);
    assertThat(card.tier()).isEqualTo(MatchTier.CLOSE);
    assertThat(card.gaps().get(0).key()).isEqualTo("matching.gap.recognitionMissing");

    CandidateSnapshot full =
        candidate("B")
            .qualified(
                Qualification.foreign(
                    6, NURSE, RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE)))
            .build();
    assertThat(score(o, full).tier()).isEqualTo(MatchTier.FULL);
    assertThat(score(o, candidate("C").qualified(Qualification.domestic(4, NURSE)).build()).tier())
        .isEqualTo(MatchTier.FULL);
  }

  @Test
  void partialRecognitionWithMeasureUnderWayIsACloseMatchNamingTheRoute() {
    OpeningSnapshot o = opening("o").regulated(RegulationKind.ACTIVITY_REGULATED).build();
    CandidateSnapshot c =
        candidate("A")
            .qualified(
                Qualification.foreign(
                    6,
                    NURSE,
                    RecognitionState.partialWith(
                        CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.IN_PROGRESS)))
            .build();
    MatchCard card = score(o, c);
    assertThat(card.tier()).isEqualTo(MatchTier.CLOSE);
    assertThat(card.gaps())
        .containsExactly(
            Reason.of(
                "matching.gap.recognitionRoute",
                CompensationMeasure.ADAPTATION_PERIOD,
                MeasureStatus.IN_PROGRESS,
                NURSE.escoUri()));
    // a passed measure means full recognition
    CandidateSnapshot passed =
        candidate("B")
            .qualified(
                Qualification.foreign(
                    6,
                    NURSE,
                    RecognitionState.partialWith(
                        CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.PASSED)))
            .build();
    assertThat(score(o, passed).tier()).isEqualTo(MatchTier.FULL);
  }

  @Test
  void germanIsComparedPerSubSkill() {
    OpeningSnapshot o = opening("o").german(CefrLevel.B2).build();
    CefrSkillLevels writingB1 =
        new CefrSkillLevels(CefrLevel.B2, CefrLevel.B2, CefrLevel.B2, CefrLevel.B2, CefrLevel.B1);
    MatchPart part = score(o, candidate("A").german(writingB1).build()).part(Aspect.GERMAN);
    // four sub-skills met, writing one level below earns half: (4 + 0.5) / 5 of 15 points
    assertThat(part.pointsTenths()).isEqualTo(135);
    assertThat(part.details().get(4))
        .isEqualTo(Reason.of("matching.german.oneBelow", CefrSkill.WRITING, "B1", "B2"));
    assertThat(
            score(o, candidate("B").motherTongue("deu").build()).part(Aspect.GERMAN).pointsTenths())
        .isEqualTo(150);
    assertThat(score(o, candidate("C").build()).part(Aspect.GERMAN).pointsTenths()).isZero();
  }

  @Test
  void otherLanguagesUseTheLowestRatedSubSkillOrMotherTongue() {
    OpeningSnapshot o = opening("o").language("ara", CefrLevel.B2).build();
    assertThat(lang(o, candidate("A").motherTongue("ara"))).isEqualTo(50);
    assertThat(lang(o, candidate("B").speaks("ara", CefrLevel.B1))).isEqualTo(25);
    assertThat(lang(o, candidate("C").speaks("ara", CefrLevel.A2))).isZero();
  }

  private int lang(OpeningSnapshot o, CandidateBuilder c) {
    return score(o, c.build()).part(Aspect.OTHER_LANGUAGES).pointsTenths();
  }

  @Test
  void experienceCountsYearsInTheOccupationFullyAndInTheGroupHalf() {
    OpeningSnapshot o = opening("o").years(4).build();
    assertThat(exp(o, candidate("A").worked(NURSE, "PL", 4))).isEqualTo(50);
    assertThat(exp(o, candidate("B").worked(SPECIALIST_NURSE, "PL", 4))).isEqualTo(25);
    assertThat(exp(o, candidate("C").worked(NURSE, "PL", 1).worked(NURSE, "DE", 1))).isEqualTo(25);
  }

  private int exp(OpeningSnapshot o, CandidateBuilder c) {
    return score(o, c.build()).part(Aspect.EXPERIENCE).pointsTenths();
  }

  @Test
  void commuteAgainstThePersonsOwnLimit() {
    OpeningSnapshot o = opening("o").in(HANNOVER).build();
    assertThat(commute(o, candidate("A").in(SPRINGE).commuteKm(25))).isEqualTo(50);
    assertThat(commute(o, candidate("B").in(SPRINGE).commuteKm(10))).isZero();
    int between = commute(o, candidate("C").in(SPRINGE).commuteKm(18));
    assertThat(between).isBetween(1, 49);
    // no limit stated: 30 km assumed
    assertThat(commute(o, candidate("D").in(UETZE))).isLessThan(50).isPositive();
  }

  private int commute(OpeningSnapshot o, CandidateBuilder c) {
    return score(o, c.build()).part(Aspect.COMMUTE).pointsTenths();
  }

  @Test
  void hoursAndStartDateAgainstTheOpening() {
    OpeningSnapshot o = opening("o").hours(WorkingHours.SHIFTS).start(TODAY).build();
    MatchCard fits = score(o, candidate("A").hours(WorkingHours.SHIFTS).from(TODAY).build());
    assertThat(fits.part(Aspect.HOURS).pointsTenths()).isEqualTo(30);
    assertThat(fits.part(Aspect.START_DATE).pointsTenths()).isEqualTo(20);
    MatchCard late =
        score(o, candidate("B").hours(WorkingHours.PART_TIME).from(TODAY.plusDays(20)).build());
    assertThat(late.part(Aspect.HOURS).pointsTenths()).isZero();
    assertThat(late.part(Aspect.START_DATE).pointsTenths()).isEqualTo(10);
    assertThat(
            score(o, candidate("C").from(TODAY.plusDays(31)).build())
                .part(Aspect.START_DATE)
                .pointsTenths())
        .isZero();
  }

  @Test
  void qualificationEqfAndRecognition() {
    OpeningSnapshot o = opening("o").eqf(4).build();
    assertThat(qual(o, candidate("A").qualified(Qualification.domestic(4, COOK)))).isEqualTo(100);
    assertThat(qual(o, candidate("B").qualified(Qualification.domestic(3, COOK)))).isEqualTo(50);
    assertThat(
            qual(
                o,
                candidate("C")
                    .qualified(
                        Qualification.foreign(
                            4, COOK, RecognitionState.of(RecognitionStatus.NOT_STARTED)))))
        .isEqualTo(80);
    assertThat(qual(o, candidate("D"))).isZero();
  }

  private int qual(OpeningSnapshot o, CandidateBuilder c) {
    return score(o, c.build()).part(Aspect.QUALIFICATION).pointsTenths();
  }

  @Test
  void rankingPutsFullMatchesFirstBreaksTiesByHandleAndPages() {
    OpeningSnapshot o = opening("o").must(WOUND_CARE).build();
    CandidateSnapshot closeButStrong =
        candidate("A").wants(NURSE).skills(PATIENT_CARE).german(CefrLevel.C2).build();
    CandidateSnapshot fullWeak = candidate("Z").in(UETZE).commuteKm(5).skills(WOUND_CARE).build();
    CandidateSnapshot tieB = candidate("B").skills(WOUND_CARE).build();
    CandidateSnapshot tieC = candidate("C").skills(WOUND_CARE).build();
    MatchRanking ranking = new MatchRanking(scorer);
    MatchRanking.Page page =
        ranking.rank(o, java.util.List.of(closeButStrong, tieC, fullWeak, tieB), 10, 0);
    assertThat(page.cards())
        .extracting(MatchCard::candidateHandle)
        .containsExactly("B", "C", "Z", "A");
    assertThat(page.total()).isEqualTo(4);
    assertThat(
            ranking.rank(o, java.util.List.of(closeButStrong, tieC, fullWeak, tieB), 2, 1).cards())
        .extracting(MatchCard::candidateHandle)
        .containsExactly("C", "Z");
    assertThat(ranking.rank(o, java.util.List.of(tieB), 10, 5).cards()).isEmpty();
  }

  @Test
  void rankingOpeningsForOneCandidate() {
    CandidateSnapshot c = candidate("A").wants(COOK).skills(COOKING).build();
    OpeningSnapshot cook = opening("o-2").occupation(COOK).must(COOKING).build();
    OpeningSnapshot baker = opening("o-1").occupation(COOK).must(BAKING).build();
    OpeningSnapshot nurse = opening("o-3").must(WOUND_CARE).build();
    MatchRanking.Page page =
        new MatchRanking(scorer).rank(c, java.util.List.of(nurse, baker, cook), 5, 0);
    assertThat(page.cards()).extracting(MatchCard::openingId).containsExactly("o-2", "o-1", "o-3");
  }
}
