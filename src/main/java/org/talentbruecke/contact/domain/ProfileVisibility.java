package org.talentbruecke.contact.domain;

/**
 * The job seeker's choice of who may see their profile, as contact reads it from the profile
 * context on every read (the same three values).
 */
public enum ProfileVisibility {
  HIDDEN,
  STAFF_ONLY,
  ANONYMOUS_TO_VERIFIED_EMPLOYERS;

  /** Unknown values (and a missing profile) count as hidden. */
  public static ProfileVisibility of(String name) {
    try {
      return name == null ? HIDDEN : valueOf(name);
    } catch (IllegalArgumentException e) {
      return HIDDEN;
    }
  }
}
