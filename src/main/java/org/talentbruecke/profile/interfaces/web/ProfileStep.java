package org.talentbruecke.profile.interfaces.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven steps of the profile form in their order; each is a page of its own that saves on its
 * own. The completeness advice names a step by its message key, so each step knows that key.
 */
public enum ProfileStep {
  OCCUPATIONS("occupations", "profile.next.occupations"),
  SKILLS("skills", "profile.next.skills"),
  WORK("work", "profile.next.workHistory"),
  LANGUAGES("languages", "profile.next.languages"),
  QUALIFICATIONS("qualifications", "profile.next.qualifications"),
  AVAILABILITY("availability", "profile.next.availability"),
  ABOUT("about", "profile.next.about");

  private final String page;
  private final String adviceKey;

  ProfileStep(String page, String adviceKey) {
    this.page = page;
    this.adviceKey = adviceKey;
  }

  /** The view id, e.g. {@code /seeker/profile/skills}. */
  public String getOutcome() {
    return "/seeker/profile/" + page;
  }

  public String getPage() {
    return page;
  }

  public String getTitleKey() {
    return "profile.step." + page;
  }

  public String getAdviceKey() {
    return adviceKey;
  }

  public int getNumber() {
    return ordinal() + 1;
  }

  /** Where "save and continue" leads: the next step, or the overview after the last. */
  public String nextOutcome() {
    return ordinal() + 1 < values().length ? values()[ordinal() + 1].getOutcome() : "/seeker/index";
  }

  public static Optional<ProfileStep> byAdviceKey(String key) {
    return Arrays.stream(values()).filter(s -> s.adviceKey.equals(key)).findFirst();
  }
}
