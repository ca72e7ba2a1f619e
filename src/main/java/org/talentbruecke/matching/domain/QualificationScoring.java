package org.talentbruecke.matching.domain;

import static org.talentbruecke.matching.domain.MatchScorer.part;

import java.util.List;
import java.util.Optional;
import org.talentbruecke.reference.domain.recognition.RecognitionState;

/**
 * The qualification part of a match card, and the recognition gap that keeps a candidate from a
 * full match where the opening needs a recognised qualification.
 */
final class QualificationScoring {
  private QualificationScoring() {}

  private static boolean relevant(OccupationRef own, OccupationRef wanted) {
    return own.escoUri().equals(wanted.escoUri())
        || own.iscoUnitGroup().equals(wanted.iscoUnitGroup());
  }

  static MatchPart qualification(
      OpeningSnapshot opening, CandidateSnapshot candidate, List<Reason> gaps) {
    boolean matters = ScoreRules.recognitionMatters(opening);
    if (opening.requiresRecognition()) {
      recognitionGap(opening, candidate).ifPresent(gaps::add);
    }
    if (ScoreRules.qualificationFree(opening)) {
      return part(
          Aspect.QUALIFICATION,
          ScoreRules.FULL,
          Reason.of("matching.qualification.none"),
          List.of());
    }
    int best = 0;
    Qualification bestQualification = null;
    for (Qualification q : candidate.qualifications()) {
      int share =
          ScoreRules.qualification(
              opening.qualificationEqf(),
              matters,
              relevant(q.occupation(), opening.occupation()),
              q.eqfLevel(),
              ScoreRules.recognitionClass(q.recognition()));
      if (bestQualification == null || share > best) {
        best = share;
        bestQualification = q;
      }
    }
    if (bestQualification == null) {
      return part(
          Aspect.QUALIFICATION,
          0,
          Reason.of("matching.qualification.missing", opening.qualificationEqf()),
          List.of());
    }
    Reason summary =
        Reason.of(
            "matching.qualification.best",
            bestQualification.eqfLevel(),
            bestQualification.occupation().escoUri(),
            ScoreRules.recognitionClassName(
                ScoreRules.recognitionClass(bestQualification.recognition())),
            opening.qualificationEqf(),
            opening.regulation());
    return part(Aspect.QUALIFICATION, best, summary, List.of());
  }

  /**
   * Why a candidate is no full match for an opening that needs a recognised qualification: the
   * route under way if there is one, else what is missing; empty when recognised.
   */
  private static Optional<Reason> recognitionGap(
      OpeningSnapshot opening, CandidateSnapshot candidate) {
    Qualification route = null;
    for (Qualification q : candidate.qualifications()) {
      if (!relevant(q.occupation(), opening.occupation())) {
        continue;
      }
      int recognition = ScoreRules.recognitionClass(q.recognition());
      if (recognition == ScoreRules.RECOGNISED) {
        return Optional.empty();
      }
      if (ScoreRules.isRoute(recognition)
          && (route == null || recognition < ScoreRules.recognitionClass(route.recognition()))) {
        route = q;
      }
    }
    if (route != null) {
      RecognitionState state = route.recognition().orElseThrow();
      return Optional.of(
          Reason.of(
              "matching.gap.recognitionRoute",
              state.measure().orElseThrow(),
              state.measureStatus().orElseThrow(),
              route.occupation().escoUri()));
    }
    return Optional.of(
        Reason.of(
            "matching.gap.recognitionMissing",
            opening.occupation().escoUri(),
            opening.regulation()));
  }
}
