package org.talentbruecke.matching.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.RecognitionState;

/**
 * Scores one job seeker against one opening and explains every part. Stateless and thread-safe; the
 * numbers come from {@link ScoreRules}.
 */
public final class MatchScorer {
  private final SkillRelations relations;

  public MatchScorer(SkillRelations relations) {
    this.relations = Objects.requireNonNull(relations, "relations");
  }

  public MatchCard score(OpeningSnapshot opening, CandidateSnapshot candidate) {
    List<Reason> gaps = new ArrayList<>();
    List<MatchPart> parts = new ArrayList<>();
    MatchPart occupation = occupation(opening, candidate);
    parts.add(occupation);
    if (opening.mustHaveSkills().isEmpty() && occupation.pointsTenths() == 0) {
      // Without must-have skills, the occupation is the only thing that makes an opening relevant
      // to a person: a cook is no full match for a nursing opening that lists no skills.
      gaps.add(Reason.of("matching.gap.occupation", opening.occupation().escoUri()));
    }
    parts.add(skills(Aspect.MUST_HAVE_SKILLS, opening.mustHaveSkills(), candidate, gaps));
    parts.add(skills(Aspect.NICE_TO_HAVE_SKILLS, opening.niceToHaveSkills(), candidate, null));
    parts.add(german(opening, candidate));
    parts.add(otherLanguages(opening, candidate));
    parts.add(qualification(opening, candidate, gaps));
    parts.add(experience(opening, candidate));
    parts.add(commute(opening, candidate));
    parts.add(hours(opening, candidate));
    parts.add(start(opening, candidate));
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

  private static MatchPart part(Aspect aspect, int perMille, Reason reason, List<Reason> details) {
    return new MatchPart(aspect, aspect.tenths(perMille), reason, details);
  }

  private MatchPart occupation(OpeningSnapshot opening, CandidateSnapshot candidate) {
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

  private MatchPart skills(
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

  private static String levelName(int rank) {
    return rank == ScoreRules.NONE
        ? "-"
        : rank == ScoreRules.NATIVE ? "NATIVE" : CefrLevel.values()[rank].name();
  }

  private static int rank(CefrLevel level) {
    return level == null ? ScoreRules.NONE : level.ordinal();
  }

  private MatchPart german(OpeningSnapshot opening, CandidateSnapshot candidate) {
    CefrSkillLevels required = opening.german();
    if (required.isEmpty()) {
      return part(Aspect.GERMAN, ScoreRules.FULL, Reason.of("matching.german.none"), List.of());
    }
    Optional<LanguageAbility> german = candidate.german();
    boolean native_ = german.map(LanguageAbility::motherTongue).orElse(false);
    CefrSkillLevels own = german.map(LanguageAbility::levels).orElse(new CefrSkillLevels());
    int sum = 0;
    int count = 0;
    int short_ = 0;
    List<Reason> details = new ArrayList<>();
    for (CefrSkill skill : CefrSkill.values()) {
      CefrLevel needed = required.level(skill);
      if (needed == null) {
        continue;
      }
      int ownRank = native_ ? ScoreRules.NATIVE : rank(own.level(skill));
      int share = ScoreRules.cefr(ownRank, needed.ordinal());
      sum += share;
      count++;
      String key =
          share == ScoreRules.FULL
              ? "matching.german.met"
              : share > 0 ? "matching.german.oneBelow" : "matching.german.short";
      if (share < ScoreRules.FULL) {
        short_++;
      }
      details.add(Reason.of(key, skill, levelName(ownRank), needed));
    }
    Reason summary =
        native_
            ? Reason.of("matching.german.motherTongue")
            : short_ == 0
                ? Reason.of("matching.german.allMet")
                : Reason.of("matching.german.gaps", short_, count);
    return part(Aspect.GERMAN, ScoreRules.average(sum, count), summary, details);
  }

  private MatchPart otherLanguages(OpeningSnapshot opening, CandidateSnapshot candidate) {
    if (opening.otherLanguages().isEmpty()) {
      return part(
          Aspect.OTHER_LANGUAGES, ScoreRules.FULL, Reason.of("matching.languages.none"), List.of());
    }
    int sum = 0;
    int short_ = 0;
    List<Reason> details = new ArrayList<>();
    for (LanguageRequirement requirement : opening.otherLanguages()) {
      int own =
          candidate
              .language(requirement.language())
              .map(LanguageAbility::overallRank)
              .orElse(ScoreRules.NONE);
      int share = ScoreRules.cefr(own, requirement.level().ordinal());
      sum += share;
      if (share < ScoreRules.FULL) {
        short_++;
      }
      String key =
          share == ScoreRules.FULL
              ? "matching.language.met"
              : share > 0 ? "matching.language.oneBelow" : "matching.language.short";
      details.add(Reason.of(key, requirement.language(), levelName(own), requirement.level()));
    }
    int count = opening.otherLanguages().size();
    Reason summary =
        short_ == 0
            ? Reason.of("matching.languages.allMet", count)
            : Reason.of("matching.languages.gaps", short_, count);
    return part(Aspect.OTHER_LANGUAGES, ScoreRules.average(sum, count), summary, details);
  }

  private static boolean relevant(OccupationRef own, OccupationRef wanted) {
    return own.escoUri().equals(wanted.escoUri())
        || own.iscoUnitGroup().equals(wanted.iscoUnitGroup());
  }

  private MatchPart qualification(
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
  private Optional<Reason> recognitionGap(OpeningSnapshot opening, CandidateSnapshot candidate) {
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

  private MatchPart experience(OpeningSnapshot opening, CandidateSnapshot candidate) {
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

  private MatchPart commute(OpeningSnapshot opening, CandidateSnapshot candidate) {
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

  private MatchPart hours(OpeningSnapshot opening, CandidateSnapshot candidate) {
    var open = candidate.availability().hours();
    int share = ScoreRules.hours(hoursMask(open), 1 << opening.hours().ordinal());
    String key =
        open.isEmpty()
            ? "matching.hours.openToAll"
            : share == ScoreRules.FULL ? "matching.hours.fits" : "matching.hours.differs";
    return part(Aspect.HOURS, share, Reason.of(key, opening.hours()), List.of());
  }

  /** The arrangements as a bit mask by ordinal, 0 for "open to all". */
  public static int hoursMask(Set<org.talentbruecke.reference.domain.work.WorkingHours> hours) {
    int mask = 0;
    for (var h : hours) {
      mask |= 1 << h.ordinal();
    }
    return mask;
  }

  private MatchPart start(OpeningSnapshot opening, CandidateSnapshot candidate) {
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
