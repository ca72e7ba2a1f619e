package org.talentbruecke.matching.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one job seeker against one opening and explains every part. Stateless and thread-safe; the
 * numbers come from {@link ScoreRules}; each part is scored and explained by one of {@link
 * OccupationScoring}, {@link SkillScoring}, {@link LanguageScoring}, {@link QualificationScoring}
 * and {@link AvailabilityScoring}.
 */
public final class MatchScorer {
  private final SkillScoring skills;

  public MatchScorer(SkillRelations relations) {
    this.skills = new SkillScoring(Objects.requireNonNull(relations, "relations"));
  }

  public MatchCard score(OpeningSnapshot opening, CandidateSnapshot candidate) {
    List<Reason> gaps = new ArrayList<>();
    List<MatchPart> parts = new ArrayList<>();
    MatchPart occupation = OccupationScoring.occupation(opening, candidate);
    parts.add(occupation);
    if (opening.mustHaveSkills().isEmpty() && occupation.pointsTenths() == 0) {
      // Without must-have skills, the occupation is the only thing that makes an opening relevant
      // to a person: a cook is no full match for a nursing opening that lists no skills.
      gaps.add(Reason.of("matching.gap.occupation", opening.occupation().escoUri()));
    }
    parts.add(skills.score(Aspect.MUST_HAVE_SKILLS, opening.mustHaveSkills(), candidate, gaps));
    parts.add(
        skills.score(Aspect.NICE_TO_HAVE_SKILLS, opening.niceToHaveSkills(), candidate, null));
    parts.add(LanguageScoring.german(opening, candidate));
    parts.add(LanguageScoring.otherLanguages(opening, candidate));
    parts.add(QualificationScoring.qualification(opening, candidate, gaps));
    parts.add(OccupationScoring.experience(opening, candidate));
    parts.add(AvailabilityScoring.commute(opening, candidate));
    parts.add(AvailabilityScoring.hours(opening, candidate));
    parts.add(AvailabilityScoring.start(opening, candidate));
    int total = parts.stream().mapToInt(MatchPart::pointsTenths).sum();
    return new MatchCard(
        candidate.handle(),
        opening.id(),
        gaps.isEmpty() ? MatchTier.FULL : MatchTier.CLOSE,
        total,
        parts,
        gaps,
        ScoreRules.ALGORITHM_VERSION);
  }

  static MatchPart part(Aspect aspect, int perMille, Reason reason, List<Reason> details) {
    return new MatchPart(aspect, aspect.tenths(perMille), reason, details);
  }

  /** The arrangements as a bit mask by ordinal, 0 for "open to all". */
  public static int hoursMask(Set<org.talentbruecke.reference.domain.work.WorkingHours> hours) {
    int mask = 0;
    for (var h : hours) {
      mask |= 1 << h.ordinal();
    }
    return mask;
  }
}
