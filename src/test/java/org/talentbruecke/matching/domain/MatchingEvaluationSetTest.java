package org.talentbruecke.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.matching.domain.MatchingFixtures.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * The labelled evaluation set of issue 11: hand-made cases, each an opening, candidates (given in a
 * deliberately unhelpful order), the expected ranking and why. A failing case means either the
 * rules changed (then change {@link ScoreRules#ALGORITHM_VERSION} and docs/matching.md) or a bug.
 */
class MatchingEvaluationSetTest {

  record Case(
      String name,
      String why,
      OpeningSnapshot opening,
      List<CandidateSnapshot> candidates,
      List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(
      String name, String why, OpeningBuilder o, List<String> expected, CandidateBuilder... cs) {
    return new Case(
        name, why, o.build(), Stream.of(cs).map(CandidateBuilder::build).toList(), expected);
  }

  private static Qualification foreignNurse(RecognitionState state) {
    return Qualification.foreign(6, NURSE, state);
  }

  private static final RecognitionState ROUTE_IN_PROGRESS =
      RecognitionState.partialWith(
          CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.IN_PROGRESS);

  static Stream<Case> cases() {
    return Stream.of(
        c(
            "occupation-levels",
            "same ESCO occupation fully, same ISCO unit group half, other none",
            opening("o"),
            List.of("A", "B", "C"),
            candidate("C").wants(COOK),
            candidate("B").wants(SPECIALIST_NURSE),
            candidate("A").wants(NURSE)),
        c(
            "must-have-miss-never-above-full",
            "a candidate missing a must-have is a close match below everyone who meets all, however strong otherwise",
            opening("o").must(WOUND_CARE).german(CefrLevel.B2),
            List.of("B", "A"),
            candidate("A").wants(NURSE).german(CefrLevel.C2).worked(NURSE, "DE", 10),
            candidate("B").skills(WOUND_CARE).in(UETZE)),
        c(
            "must-have-narrower-meets",
            "a more specific skill meets a must-have; a broader one does not",
            opening("o").must(WOUND_CARE),
            List.of("A", "B"),
            candidate("B").skills(PATIENT_CARE),
            candidate("A").skills(DIABETIC_WOUND_CARE)),
        c(
            "must-have-essential-of-occupation",
            "years as a nurse show medication skills (essential skill of the occupation)",
            opening("o").must(MEDICATION),
            List.of("A", "B"),
            candidate("B").wants(NURSE),
            candidate("A").worked(NURSE, "UA", 2)),
        c(
            "related-skill-partly",
            "a related skill counts 40 % of a nice-to-have, better than nothing",
            opening("o").nice(WOUND_CARE),
            List.of("A", "B"),
            candidate("B"),
            candidate("A").skills(HYGIENE)),
        c(
            "esco-hierarchy-order",
            "same > narrower > broader > related",
            opening("o").nice(WOUND_CARE),
            List.of("A", "B", "C", "D"),
            candidate("D").skills(HYGIENE),
            candidate("C").skills(PATIENT_CARE),
            candidate("B").skills(DIABETIC_WOUND_CARE),
            candidate("A").skills(WOUND_CARE)),
        c(
            "skill-level",
            "expert > experienced > basic for the same skill",
            opening("o").nice(WOUND_CARE),
            List.of("A", "B", "C"),
            candidate("C").skill(WOUND_CARE, SkillLevel.BASIC),
            candidate("A").skill(WOUND_CARE, SkillLevel.EXPERT),
            candidate("B").skill(WOUND_CARE, SkillLevel.EXPERIENCED)),
        c(
            "regulated-recognition-ladder",
            "regulated nursing: German qualification full match; adaptation period under way, then applied, then nothing are close matches in that order",
            opening("o").regulated(RegulationKind.ACTIVITY_REGULATED),
            List.of("A", "B", "C", "D"),
            candidate("D"),
            candidate("C").qualified(foreignNurse(RecognitionState.of(RecognitionStatus.APPLIED))),
            candidate("B").qualified(foreignNurse(ROUTE_IN_PROGRESS)),
            candidate("A").qualified(Qualification.domestic(4, NURSE))),
        c(
            "regulated-route-not-above-recognised",
            "a strong candidate with the route under way stays below a recognised one with weaker German",
            opening("o").regulated(RegulationKind.ACTIVITY_REGULATED).german(CefrLevel.B2),
            List.of("A", "B"),
            candidate("B")
                .wants(NURSE)
                .german(CefrLevel.C2)
                .qualified(foreignNurse(ROUTE_IN_PROGRESS)),
            candidate("A")
                .german(CefrLevel.B1)
                .qualified(foreignNurse(RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE)))),
        c(
            "employer-asks-full-recognition",
            "full recognition asked for a non-regulated job: not equivalent is a close match",
            opening("o").occupation(COOK).fullRecognition(),
            List.of("A", "B"),
            candidate("B")
                .qualified(
                    Qualification.foreign(
                        4, COOK, RecognitionState.of(RecognitionStatus.NOT_EQUIVALENT))),
            candidate("A")
                .qualified(
                    Qualification.foreign(
                        4, COOK, RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE)))),
        c(
            "title-protected-recognition-scores",
            "title-protected: recognition is not a constraint but a recognised qualification scores higher",
            opening("o").occupation(ELECTRICIAN).regulated(RegulationKind.TITLE_PROTECTED),
            List.of("A", "B"),
            candidate("B")
                .qualified(
                    Qualification.foreign(
                        4, ELECTRICIAN, RecognitionState.of(RecognitionStatus.APPLIED))),
            candidate("A")
                .qualified(
                    Qualification.foreign(
                        4, ELECTRICIAN, RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE)))),
        c(
            "regulated-other-occupation-qualification",
            "for a regulated job only a qualification in that occupation counts",
            opening("o").regulated(RegulationKind.ACTIVITY_REGULATED),
            List.of("B", "A"),
            candidate("A").qualified(Qualification.domestic(4, COOK)),
            candidate("B").qualified(Qualification.domestic(4, NURSE))),
        c(
            "cefr-sub-skill-gap",
            "German B2: all met > writing one level short > writing two short",
            opening("o").german(CefrLevel.B2),
            List.of("A", "B", "C"),
            candidate("C")
                .german(
                    new CefrSkillLevels(
                        CefrLevel.B2, CefrLevel.B2, CefrLevel.B2, CefrLevel.B2, CefrLevel.A2)),
            candidate("B")
                .german(
                    new CefrSkillLevels(
                        CefrLevel.B2, CefrLevel.B2, CefrLevel.B2, CefrLevel.B2, CefrLevel.B1)),
            candidate("A").german(CefrLevel.B2)),
        c(
            "cefr-higher-but-gap",
            "C1 everywhere but speaking B1 is below B2 in every sub-skill: each sub-skill counts, not the best",
            opening("o").german(CefrLevel.B2),
            List.of("B", "A"),
            candidate("A")
                .german(
                    new CefrSkillLevels(
                        CefrLevel.C1, CefrLevel.C1, CefrLevel.C1, CefrLevel.B1, CefrLevel.C1)),
            candidate("B").german(CefrLevel.B2)),
        c(
            "german-mother-tongue",
            "German as mother tongue meets even C2",
            opening("o").german(CefrLevel.C2),
            List.of("A", "B"),
            candidate("B").german(CefrLevel.C1),
            candidate("A").motherTongue("deu")),
        c(
            "other-language",
            "Arabic B2 asked: mother tongue > B1 > none",
            opening("o").language("ara", CefrLevel.B2),
            List.of("A", "B", "C"),
            candidate("C"),
            candidate("B").speaks("ara", CefrLevel.B1),
            candidate("A").motherTongue("ara")),
        c(
            "other-language-lowest-sub-skill",
            "English B2 asked: listening C1 with writing A2 counts as A2",
            opening("o").language("eng", CefrLevel.B2),
            List.of("B", "A"),
            candidate("A")
                .speaks(
                    "eng",
                    new CefrSkillLevels(
                        CefrLevel.C1, CefrLevel.C1, CefrLevel.C1, CefrLevel.C1, CefrLevel.A2)),
            candidate("B").speaks("eng", CefrLevel.B2)),
        c(
            "commute-own-limit",
            "7 km with a 10 km limit fits; 22 km with a 10 km limit does not",
            opening("o").in(HANNOVER),
            List.of("A", "B"),
            candidate("B").in(SPRINGE).commuteKm(10),
            candidate("A").in(LANGENHAGEN).commuteKm(10)),
        c(
            "commute-limit-not-distance",
            "the person's own limit decides: 22 km within 30 beats 7 km over a 5 km limit",
            opening("o").in(HANNOVER),
            List.of("A", "B"),
            candidate("B").in(LANGENHAGEN).commuteKm(5),
            candidate("A").in(SPRINGE).commuteKm(30)),
        c(
            "commute-default-limit",
            "no limit stated: 30 km assumed, 24 km fits, 33 km partly",
            opening("o").in(HANNOVER),
            List.of("B", "A"),
            candidate("A").in(UETZE),
            candidate("B").in(NEUSTADT)),
        c(
            "hours",
            "part-time opening: open to all and part time fit (tie by handle), full time only does not",
            opening("o").hours(WorkingHours.PART_TIME),
            List.of("A", "B", "C"),
            candidate("C").hours(WorkingHours.FULL_TIME),
            candidate("B").hours(WorkingHours.PART_TIME, WorkingHours.MINI_JOB),
            candidate("A")),
        c(
            "start-date",
            "start in time > up to a month late > later",
            opening("o").start(TODAY),
            List.of("A", "B", "C"),
            candidate("C").from(TODAY.plusDays(60)),
            candidate("B").from(TODAY.plusDays(20)),
            candidate("A").from(TODAY)),
        c(
            "start-date-open",
            "no start date on the opening: any start fits, so a tie by handle",
            opening("o"),
            List.of("A", "B", "C"),
            candidate("C").from(TODAY.plusDays(300)),
            candidate("A").from(TODAY),
            candidate("B")),
        c(
            "experience",
            "3 years asked: 5 in the occupation > 2 in the occupation > 4 in the same group (count half, other occupation)",
            opening("o").years(3),
            List.of("A", "B", "C"),
            candidate("C").worked(SPECIALIST_NURSE, "PL", 4),
            candidate("B").worked(NURSE, "PL", 2),
            candidate("A").worked(NURSE, "SY", 5)),
        c(
            "empty-requirements",
            "nothing required, same place: everyone equal, order by handle",
            opening("o").occupation(ELECTRICIAN),
            List.of("A", "B", "C"),
            candidate("B"),
            candidate("C"),
            candidate("A")),
        c(
            "no-must-haves-occupation-decides",
            "no must-have skills: a nurse of the same ISCO group (full) before a cook with the"
                + " nice-to-have skill (close: unrelated occupation), although they score the same",
            opening("o").occupation(NURSE).nice(HYGIENE),
            List.of("B", "A"),
            candidate("A").wants(COOK).skills(HYGIENE),
            candidate("B").wants(SPECIALIST_NURSE)),
        c(
            "tie-by-handle-text-order",
            "identical profiles are ordered by handle as text",
            opening("o").must(WOUND_CARE),
            List.of("K1", "K10", "K2"),
            candidate("K2").skills(WOUND_CARE),
            candidate("K10").skills(WOUND_CARE),
            candidate("K1").skills(WOUND_CARE)),
        c(
            "eqf",
            "EQF 6 asked: 6 > 5 (one below, half) > 3",
            opening("o").eqf(6),
            List.of("A", "B", "C"),
            candidate("C").qualified(Qualification.domestic(3, NURSE)),
            candidate("B").qualified(Qualification.domestic(5, NURSE)),
            candidate("A").qualified(Qualification.domestic(6, NURSE))),
        c(
            "full-then-close-by-score",
            "the full match first, then close matches by score: missing one must-have before missing both",
            opening("o").must(WOUND_CARE, MEDICATION),
            List.of("C", "A", "B"),
            candidate("B").german(CefrLevel.C2),
            candidate("A").skills(WOUND_CARE),
            candidate("C").skills(WOUND_CARE, MEDICATION).in(UETZE).commuteKm(5)),
        c(
            "close-partial-evidence",
            "both miss the must-have; a broader skill earns more than nothing",
            opening("o").must(WOUND_CARE),
            List.of("A", "B"),
            candidate("B"),
            candidate("A").skills(PATIENT_CARE)),
        c(
            "nice-to-have-hierarchy-both-ways",
            "cooking and baking wanted: both > baking only (same + narrower for cooking) > cooking only (same + broader for baking)",
            opening("o").occupation(COOK).nice(COOKING, BAKING),
            List.of("A", "C", "B"),
            candidate("B").skills(COOKING),
            candidate("C").skills(BAKING),
            candidate("A").skills(COOKING, BAKING)),
        c(
            "country-of-experience-neutral",
            "years as a nurse in Syria and in Germany count the same",
            opening("o").years(2),
            List.of("A", "B"),
            candidate("B").worked(NURSE, "DE", 3),
            candidate("A").worked(NURSE, "SY", 3)),
        c(
            "realistic-nursing",
            "regulated nursing, wound care, German B2: German qualification with all > recognised with a narrower skill > recognised with German B1 > route under way (close)",
            opening("o")
                .regulated(RegulationKind.ACTIVITY_REGULATED)
                .must(WOUND_CARE)
                .german(CefrLevel.B2),
            List.of("A", "B", "D", "C"),
            candidate("C")
                .wants(NURSE)
                .skills(WOUND_CARE)
                .german(CefrLevel.C1)
                .qualified(foreignNurse(ROUTE_IN_PROGRESS)),
            candidate("D")
                .wants(NURSE)
                .skills(WOUND_CARE)
                .german(CefrLevel.B1)
                .qualified(foreignNurse(RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE))),
            candidate("B")
                .wants(NURSE)
                .skills(DIABETIC_WOUND_CARE)
                .german(CefrLevel.C1)
                .qualified(foreignNurse(RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE))),
            candidate("A")
                .wants(NURSE)
                .skills(WOUND_CARE)
                .german(CefrLevel.B2)
                .qualified(Qualification.domestic(4, NURSE))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ranksAsExpected(Case c) {
    List<MatchCard> cards =
        new MatchRanking(scorer()).rank(c.opening(), c.candidates(), 100, 0).cards();
    assertThat(cards)
        .extracting(MatchCard::candidateHandle)
        .as(c.why())
        .containsExactlyElementsOf(c.expected());
  }

  @org.junit.jupiter.api.Test
  void theSetHasAtLeastThirtyCases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(30);
  }
}
