package org.talentbruecke.profile.domain;

/** The working-time models a person is open to. */
public enum WorkingHours {
  FULL_TIME,
  PART_TIME,
  SHIFTS,
  MINI_JOB
}
