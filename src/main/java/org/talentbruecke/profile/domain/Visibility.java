package org.talentbruecke.profile.domain;

/** Who may see a profile; staff only is the default until the person decides otherwise. */
public enum Visibility {
  HIDDEN,
  STAFF_ONLY,
  ANONYMOUS_TO_VERIFIED_EMPLOYERS
}
