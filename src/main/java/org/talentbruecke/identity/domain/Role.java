package org.talentbruecke.identity.domain;

/** What a person may do in Talentbrücke; the names are the Jakarta Security group names. */
public enum Role {
  JOB_SEEKER,
  EMPLOYER,
  STAFF,
  ADMIN;

  /** Roles a person may give themselves; staff and admins are created by an admin. */
  public boolean isSelfRegistrable() {
    return this == JOB_SEEKER || this == EMPLOYER;
  }
}
