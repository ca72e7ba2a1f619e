package org.talentbruecke.matching.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.course.GermanCourse;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.RecognitionState;

/**
 * What a job seeker could do to raise one match with an opening (docs/matching.md, "Next steps"),
 * in this order: the German course that closes a gap, the recognition route, and skills they may
 * already have but not stated. Pure and thread-safe; the courses and the responsible bodies come
 * from the reference data.
 */
public final class NextStepAdvisor {
  /** At most this many skill suggestions per opening (missing must-haves first). */
  public static final int MAX_SKILL_STEPS = 5;

  /**
   * Of which at most this many are essential skills of the occupation the opening asks nothing of.
   */
  public static final int MAX_OCCUPATION_SKILL_STEPS = 3;

  private final List<GermanCourse> courses;
  private final BiFunction<String, RecognitionState, Optional<String>> responsibleBody;

  /**
   * @param courses the federal German courses the register knows, in catalogue order
   * @param responsibleBody for an ISCO unit group and a recognition state, the body that decides on
   *     recognition (by the register's regulation data)
   */
  public NextStepAdvisor(
      List<GermanCourse> courses,
      BiFunction<String, RecognitionState, Optional<String>> responsibleBody) {
    this.courses = List.copyOf(courses);
    this.responsibleBody = Objects.requireNonNull(responsibleBody, "responsibleBody");
  }

  /**
   * @param card the match card of this candidate and opening (its gaps and skill details are
   *     reused)
   * @param relations ESCO's skill graph, for the essential skills of the opening's occupation
   */
  public List<NextStep> advise(
      OpeningSnapshot opening,
      CandidateSnapshot candidate,
      MatchCard card,
      SkillRelations relations) {
    List<NextStep> steps = new ArrayList<>();
    germanCourse(opening, candidate).ifPresent(steps::add);
    recognitionRoute(opening, candidate).ifPresent(steps::add);
    steps.addAll(skills(opening, candidate, card, relations));
    return steps;
  }

  // ---- German ------------------------------------------------------------------------------

  Optional<NextStep> germanCourse(OpeningSnapshot opening, CandidateSnapshot candidate) {
    CefrSkillLevels required = opening.german();
    Optional<LanguageAbility> german = candidate.german();
    if (required.isEmpty() || german.map(LanguageAbility::motherTongue).orElse(false)) {
      return Optional.empty();
    }
    CefrSkillLevels own = german.map(LanguageAbility::levels).orElse(new CefrSkillLevels());
    List<CefrSkill> short_ = own.shortOf(required);
    if (short_.isEmpty()) {
      return Optional.empty();
    }
    CefrLevel target = short_.stream().map(required::level).max(Enum::compareTo).orElseThrow();
    String subSkills = short_.stream().map(Enum::name).collect(Collectors.joining(","));
    Optional<GermanCourse> course = courseTo(target);
    String key =
        course
            .map(
                c ->
                    c.type() == CourseType.INTEGRATION_COURSE
                        ? "matching.next.germanIntegrationCourse"
                        : "matching.next.germanJobCourse")
            .orElse("matching.next.germanCourse");
    return Optional.of(
        new NextStep(
            Aspect.GERMAN,
            Reason.of(
                key, target, short_.size(), subSkills, course.map(GermanCourse::id).orElse(""))));
  }

  /**
   * Up to B1 the integration course (it ends at B1); from B2 the job-related German course
   * (Berufssprachkurs, Basiskurs) that ends at the level asked for.
   */
  Optional<GermanCourse> courseTo(CefrLevel target) {
    if (!target.isAbove(CefrLevel.B1)) {
      return courses.stream()
          .filter(c -> c.type() == CourseType.INTEGRATION_COURSE)
          .filter(c -> c.targetLevel().map(t -> t.isAtLeast(target)).orElse(false))
          .findFirst();
    }
    return courses.stream()
        .filter(c -> c.type() == CourseType.JOB_GERMAN_BASIC)
        .filter(c -> c.targetLevel().map(t -> t == target).orElse(false))
        .findFirst();
  }

  // ---- recognition -------------------------------------------------------------------------

  Optional<NextStep> recognitionRoute(OpeningSnapshot opening, CandidateSnapshot candidate) {
    if (!ScoreRules.recognitionMatters(opening)) {
      return Optional.empty();
    }
    Qualification best = null;
    int bestClass = Integer.MAX_VALUE;
    for (Qualification q : candidate.qualifications()) {
      boolean relevant =
          q.occupation().escoUri().equals(opening.occupation().escoUri())
              || q.occupation().iscoUnitGroup().equals(opening.occupation().iscoUnitGroup());
      int recognition = ScoreRules.recognitionClass(q.recognition());
      if (relevant && recognition < bestClass) {
        best = q;
        bestClass = recognition;
      }
    }
    if (best == null || best.recognition().isEmpty()) {
      return Optional.empty(); // no qualification for it, or a German one: nothing to recognise
    }
    RecognitionState state = best.recognition().get();
    String key =
        switch (bestClass) {
          case ScoreRules.ROUTE_IN_PROGRESS, ScoreRules.ROUTE_PLANNED, ScoreRules.PARTIAL ->
              state
                  .measure()
                  .map(
                      m ->
                          m == CompensationMeasure.ADAPTATION_PERIOD
                              ? "matching.next.recognitionAdaptation"
                              : "matching.next.recognitionExam")
                  .orElse("matching.next.recognitionMeasure");
          case ScoreRules.NOT_STARTED -> "matching.next.recognitionApply";
          default -> null; // recognised, applied (a decision is awaited) or not equivalent
        };
    if (key == null) {
      return Optional.empty();
    }
    String body = responsibleBody.apply(best.occupation().iscoUnitGroup(), state).orElse("-");
    return Optional.of(
        new NextStep(Aspect.QUALIFICATION, Reason.of(key, body, best.occupation().escoUri())));
  }

  // ---- skills ------------------------------------------------------------------------------

  List<NextStep> skills(
      OpeningSnapshot opening,
      CandidateSnapshot candidate,
      MatchCard card,
      SkillRelations relations) {
    List<NextStep> steps = new ArrayList<>();
    Set<String> suggested = new HashSet<>();
    for (Reason gap : card.gaps()) {
      if (gap.key().equals("matching.gap.mustHave") && suggested.add(gap.args().get(0))) {
        steps.add(
            new NextStep(
                Aspect.MUST_HAVE_SKILLS,
                Reason.of("matching.next.mustHaveSkill", gap.args().get(0))));
      }
    }
    for (Reason detail : card.part(Aspect.NICE_TO_HAVE_SKILLS).details()) {
      if (detail.key().equals("matching.skill.missing") && suggested.add(detail.args().get(0))) {
        steps.add(
            new NextStep(
                Aspect.NICE_TO_HAVE_SKILLS,
                Reason.of("matching.next.niceToHaveSkill", detail.args().get(0))));
      }
    }
    Set<String> own = new HashSet<>();
    candidate.skills().forEach(s -> own.add(s.skillUri()));
    Set<String> asked = new LinkedHashSet<>(opening.mustHaveSkills());
    asked.addAll(opening.niceToHaveSkills());
    int occupationSteps = 0;
    for (String essential :
        new java.util.TreeSet<>(relations.essentialSkills(opening.occupation().escoUri()))) {
      if (occupationSteps == MAX_OCCUPATION_SKILL_STEPS) {
        break;
      }
      boolean held =
          own.contains(essential) || relations.narrower(essential).stream().anyMatch(own::contains);
      if (!held && !asked.contains(essential) && suggested.add(essential)) {
        steps.add(
            new NextStep(
                Aspect.OCCUPATION,
                Reason.of(
                    "matching.next.occupationSkill", essential, opening.occupation().escoUri())));
        occupationSteps++;
      }
    }
    return steps.size() <= MAX_SKILL_STEPS ? steps : List.copyOf(steps.subList(0, MAX_SKILL_STEPS));
  }
}
