package org.talentbruecke.profile.domain;

/** Whether a German course was taken or is planned. */
public enum CourseStatus {
  TAKEN,
  PLANNED
}
