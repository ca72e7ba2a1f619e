package org.talentbruecke.profile.domain;

/** School, vocational or academic qualification. */
public enum QualificationType {
  SCHOOL,
  VOCATIONAL,
  ACADEMIC
}
