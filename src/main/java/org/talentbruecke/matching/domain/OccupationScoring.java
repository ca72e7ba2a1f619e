package org.talentbruecke.matching.domain;

import static org.talentbruecke.matching.domain.MatchScorer.part;

import java.util.ArrayList;
import java.util.List;

/** The occupation and experience parts of a match card: same ESCO occupation, same ISCO group. */
final class OccupationScoring {
  private OccupationScoring() {}

  static MatchPart occupation(OpeningSnapshot opening, CandidateSnapshot candidate) {
    OccupationRef wanted = opening.occupation();
    List<OccupationRef> own = new ArrayList<>(candidate.desiredOccupations());
    candidate.workHistory().forEach(w -> own.add(w.occupation()));
    candidate.qualifications().forEach(q -> own.add(q.occupation()));
    for (OccupationRef o : own) {
      if (o.escoUri().equals(wanted.escoUri())) {
        return part(
            Aspect.OCCUPATION,
            ScoreRules.occupation(true, true),
            Reason.of("matching.occupation.same", wanted.escoUri(), source(o, candidate)),
            List.of());
      }
    }
    for (OccupationRef o : own) {
      if (o.iscoUnitGroup().equals(wanted.iscoUnitGroup())) {
        return part(
            Aspect.OCCUPATION,
            ScoreRules.occupation(false, true),
            Reason.of(
                "matching.occupation.sameGroup",
                wanted.iscoUnitGroup(),
                o.escoUri(),
                source(o, candidate)),
            List.of());
      }
    }
    return part(
        Aspect.OCCUPATION, 0, Reason.of("matching.occupation.none", wanted.escoUri()), List.of());
  }

  private static String source(OccupationRef o, CandidateSnapshot candidate) {
    if (candidate.desiredOccupations().contains(o)) {
      return "DESIRED";
    }
    return candidate.workHistory().stream().anyMatch(w -> w.occupation().equals(o))
        ? "WORKED"
        : "QUALIFIED";
  }

  static MatchPart experience(OpeningSnapshot opening, CandidateSnapshot candidate) {
    int halfYears = 0;
    for (WorkExperience work : candidate.workHistory()) {
      if (work.occupation().escoUri().equals(opening.occupation().escoUri())) {
        halfYears += 2 * work.years();
      } else if (work.occupation().iscoUnitGroup().equals(opening.occupation().iscoUnitGroup())) {
        halfYears += work.years();
      }
    }
    String years = halfYears / 2 + (halfYears % 2 == 1 ? ".5" : "");
    int min = opening.minimumExperienceYears();
    Reason reason =
        min == 0
            ? Reason.of("matching.experience.none", years)
            : Reason.of(
                halfYears >= 2 * min ? "matching.experience.met" : "matching.experience.short",
                years,
                min);
    return part(Aspect.EXPERIENCE, ScoreRules.experience(halfYears, min), reason, List.of());
  }
}
