package org.talentbruecke.matching.domain;

import static org.talentbruecke.matching.domain.MatchScorer.part;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** The commute, hours and start-date parts of a match card. */
final class AvailabilityScoring {
  private AvailabilityScoring() {}

  static MatchPart commute(OpeningSnapshot opening, CandidateSnapshot candidate) {
    int distance = ScoreRules.distanceTenthsKm(candidate.municipality(), opening.municipality());
    int stated = candidate.availability().commuteLimitKm();
    int limit = ScoreRules.effectiveCommuteLimitKm(stated);
    int share = ScoreRules.commute(distance, stated);
    String km = distance / 10 + "." + distance % 10;
    String key =
        share == ScoreRules.FULL
            ? "matching.commute.within"
            : share > 0 ? "matching.commute.slightlyBeyond" : "matching.commute.beyond";
    return part(
        Aspect.COMMUTE,
        share,
        Reason.of(
            key,
            km,
            limit,
            stated != 0,
            candidate.municipality().name(),
            opening.municipality().name()),
        List.of());
  }

  static MatchPart hours(OpeningSnapshot opening, CandidateSnapshot candidate) {
    var open = candidate.availability().hours();
    int share = ScoreRules.hours(MatchScorer.hoursMask(open), 1 << opening.hours().ordinal());
    String key =
        open.isEmpty()
            ? "matching.hours.openToAll"
            : share == ScoreRules.FULL ? "matching.hours.fits" : "matching.hours.differs";
    return part(Aspect.HOURS, share, Reason.of(key, opening.hours()), List.of());
  }

  static MatchPart start(OpeningSnapshot opening, CandidateSnapshot candidate) {
    var earliest = candidate.availability().earliestStart();
    if (opening.startDate() == null || earliest == null) {
      return part(
          Aspect.START_DATE, ScoreRules.FULL, Reason.of("matching.start.anytime"), List.of());
    }
    int late = (int) ChronoUnit.DAYS.between(opening.startDate(), earliest);
    int share = ScoreRules.start(late);
    String key =
        share == ScoreRules.FULL
            ? "matching.start.inTime"
            : share > 0 ? "matching.start.slightlyLate" : "matching.start.late";
    return part(
        Aspect.START_DATE, share, Reason.of(key, earliest, opening.startDate(), late), List.of());
  }
}
