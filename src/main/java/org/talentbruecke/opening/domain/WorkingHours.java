package org.talentbruecke.opening.domain;

/** How the hours of an opening are arranged. */
public enum WorkingHours {
  FULL_TIME,
  PART_TIME,
  SHIFTS,
  /** A German mini-job: pay up to the monthly mini-job limit, no full social insurance. */
  MINI_JOB
}
