package org.talentbruecke.reference.domain.work;

/**
 * How the hours of a job are arranged: what an opening offers and what a job seeker is open to.
 * Stored by name (the opening's HOURS column, the profile's comma-separated WORKING_HOURS), so the
 * names must not change.
 */
public enum WorkingHours {
  FULL_TIME,
  PART_TIME,
  SHIFTS,
  /** A German mini-job: pay up to the monthly mini-job limit, no full social insurance. */
  MINI_JOB
}
