package org.talentbruecke.profile.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * How complete a profile is, in percent, and the next thing worth adding. The steps follow the
 * order of the profile form, and each carries the weight it has for matching: skills count most,
 * the free text least.
 *
 * @param percent 0 to 100
 * @param nextKey message key of the advice for the first missing step, {@link #DONE} when none
 */
public record Completeness(int percent, String nextKey) {
  public static final String DONE = "profile.next.done";

  /** Fewer skills than this tell an employer too little to match on. */
  public static final int ENOUGH_SKILLS = 3;

  public static final String GERMAN = "de";

  private record Step(String key, int weight, Predicate<Profile> done) {}

  private static final List<Step> STEPS =
      List.of(
          new Step(
              "profile.next.occupations",
              15,
              p -> p.getOccupations().stream().anyMatch(DesiredOccupation::isPreferred)),
          new Step("profile.next.skills", 20, p -> p.getSkills().size() >= ENOUGH_SKILLS),
          new Step("profile.next.workHistory", 15, p -> !p.getWorkHistory().isEmpty()),
          new Step("profile.next.languages", 15, Completeness::languagesStated),
          new Step("profile.next.qualifications", 15, p -> !p.getQualifications().isEmpty()),
          new Step("profile.next.availability", 15, p -> p.getAvailability().isStated()),
          new Step("profile.next.about", 5, p -> p.getAbout() != null && !p.getAbout().isBlank()));

  /** Evaluates a profile; an absent profile is 0 % and starts with the occupations. */
  public static Completeness of(Profile profile) {
    if (profile == null) {
      return new Completeness(0, STEPS.get(0).key());
    }
    int percent = 0;
    String next = DONE;
    for (Step step : STEPS) {
      if (step.done().test(profile)) {
        percent += step.weight();
      } else if (DONE.equals(next)) {
        next = step.key();
      }
    }
    return new Completeness(percent, next);
  }

  /**
   * The advice keys of the steps still missing, in form order; all of them for an absent profile.
   */
  public static List<String> missingSteps(Profile profile) {
    if (profile == null) {
      return STEPS.stream().map(Step::key).toList();
    }
    return STEPS.stream().filter(s -> !s.done().test(profile)).map(Step::key).toList();
  }

  // German is the working language here: it counts as stated when rated or when it is a mother
  // tongue.
  private static boolean languagesStated(Profile p) {
    return p.getLanguages().stream().anyMatch(LanguageSkill::isMotherTongue)
        && p.getLanguages().stream().anyMatch(l -> GERMAN.equals(l.getCode()));
  }
}
