package org.talentbruecke.matching.domain;

import static org.talentbruecke.matching.domain.MatchScorer.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The must-have and nice-to-have skill parts of a match card: for each required skill the strongest
 * evidence through ESCO (the same skill, a narrower, broader or related one, or an essential skill
 * of an occupation worked in).
 */
final class SkillScoring {
  private final SkillRelations relations;

  SkillScoring(SkillRelations relations) {
    this.relations = relations;
  }

  /** The strongest evidence for one required skill, and where it comes from. */
  record Evidence(String required, SkillEvidence kind, int coverage, String source) {}

  Evidence evidence(String required, CandidateSnapshot candidate) {
    Evidence best = new Evidence(required, SkillEvidence.NONE, 0, "");
    Set<String> narrower = relations.narrower(required);
    Set<String> broader = relations.broader(required);
    Set<String> related = relations.related(required);
    for (CandidateSkill skill : candidate.skills()) {
      String own = skill.skillUri();
      SkillEvidence kind =
          own.equals(required)
              ? SkillEvidence.SAME
              : narrower.contains(own)
                  ? SkillEvidence.NARROWER
                  : broader.contains(own)
                      ? SkillEvidence.BROADER
                      : related.contains(own) ? SkillEvidence.RELATED : SkillEvidence.NONE;
      best = better(best, new Evidence(required, kind, kind.coverage(skill.level()), own));
    }
    for (WorkExperience work : candidate.workHistory()) {
      String occupation = work.occupation().escoUri();
      if (relations.essentialSkills(occupation).contains(required)) {
        SkillEvidence kind = SkillEvidence.ESSENTIAL_OF_OCCUPATION;
        best = better(best, new Evidence(required, kind, kind.coverage(null), occupation));
      }
    }
    return best;
  }

  private static Evidence better(Evidence a, Evidence b) {
    if (b.coverage() != a.coverage()) {
      return b.coverage() > a.coverage() ? b : a;
    }
    return b.kind().ordinal() < a.kind().ordinal() ? b : a;
  }

  MatchPart score(
      Aspect aspect, Set<String> required, CandidateSnapshot candidate, List<Reason> gaps) {
    String prefix =
        aspect == Aspect.MUST_HAVE_SKILLS ? "matching.mustHave." : "matching.niceToHave.";
    if (required.isEmpty()) {
      return part(aspect, ScoreRules.FULL, Reason.of(prefix + "none"), List.of());
    }
    int sum = 0;
    int met = 0;
    List<Reason> details = new ArrayList<>();
    for (String skill : required) {
      Evidence e = evidence(skill, candidate);
      sum += e.coverage();
      if (e.kind().meetsMustHave()) {
        met++;
      } else if (gaps != null) {
        gaps.add(Reason.of("matching.gap.mustHave", skill));
      }
      details.add(detail(e));
    }
    Reason summary =
        met == required.size()
            ? Reason.of(prefix + "allMet", required.size())
            : Reason.of(prefix + "missing", required.size() - met, required.size());
    return part(aspect, ScoreRules.average(sum, required.size()), summary, details);
  }

  private static Reason detail(Evidence e) {
    int percent = e.coverage() / 10;
    return switch (e.kind()) {
      case SAME -> Reason.of("matching.skill.same", e.required(), percent);
      case NARROWER -> Reason.of("matching.skill.narrower", e.required(), e.source(), percent);
      case BROADER -> Reason.of("matching.skill.broader", e.required(), e.source(), percent);
      case RELATED -> Reason.of("matching.skill.related", e.required(), e.source(), percent);
      case ESSENTIAL_OF_OCCUPATION ->
          Reason.of("matching.skill.essentialOfOccupation", e.required(), e.source(), percent);
      case NONE -> Reason.of("matching.skill.missing", e.required());
    };
  }
}
