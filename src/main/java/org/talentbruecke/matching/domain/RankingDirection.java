package org.talentbruecke.matching.domain;

/** Which way a logged ranking went. */
public enum RankingDirection {
  /** Job seekers ranked for an opening (employers, staff). */
  CANDIDATES_FOR_OPENING,
  /** Openings ranked for a job seeker's profile (the job seeker, staff). */
  OPENINGS_FOR_PROFILE
}
