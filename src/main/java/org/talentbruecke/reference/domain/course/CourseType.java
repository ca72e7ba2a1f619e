package org.talentbruecke.reference.domain.course;

/**
 * The kinds of publicly funded German courses that a job seeker may have attended or may attend
 * next.
 */
public enum CourseType {
  /** Integrationskurs (§ 43 AufenthG): language course plus orientation course, ends with DTZ. */
  INTEGRATION_COURSE,
  /** Berufssprachkurs, Basiskurs (DeuFöV § 12): general job-related German at B2, C1 or C2. */
  JOB_GERMAN_BASIC,
  /** Berufssprachkurs, Spezialkurs (DeuFöV § 13): for a profession group or to reach A2/B1. */
  JOB_GERMAN_SPECIAL
}
