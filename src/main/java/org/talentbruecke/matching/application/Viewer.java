package org.talentbruecke.matching.application;

/**
 * Who is asking for a ranking, as the ranking log records it.
 *
 * @param accountId null when nobody is signed in (a background task)
 * @param role JOB_SEEKER, EMPLOYER, STAFF, ADMIN, or NONE
 */
public record Viewer(Long accountId, String role) {
  public static final Viewer NOBODY = new Viewer(null, "NONE");

  public boolean isStaff() {
    return "STAFF".equals(role) || "ADMIN".equals(role);
  }
}
