package org.talentbruecke.matching.domain;

/** The parts of a match, in the order a match card shows them, with their maximum points. */
public enum Aspect {
  OCCUPATION(20),
  MUST_HAVE_SKILLS(25),
  NICE_TO_HAVE_SKILLS(10),
  GERMAN(15),
  OTHER_LANGUAGES(5),
  QUALIFICATION(10),
  EXPERIENCE(5),
  COMMUTE(5),
  HOURS(3),
  START_DATE(2);

  private final int maxPoints;

  Aspect(int maxPoints) {
    this.maxPoints = maxPoints;
  }

  public int maxPoints() {
    return maxPoints;
  }

  /** Points in tenths for a share in per mille, rounded half up. */
  public int tenths(int perMille) {
    return (maxPoints * 10 * perMille + 500) / 1000;
  }

  /** Message key of this aspect's label, e.g. {@code matching.aspect.mustHaveSkills}. */
  public String messageKey() {
    StringBuilder key = new StringBuilder("matching.aspect.");
    boolean upper = false;
    for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }
}
