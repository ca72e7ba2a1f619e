package org.talentbruecke.profile.domain;

/** The German driving licence classes (Fahrerlaubnisklassen). */
public enum DrivingLicenceClass {
  AM,
  A1,
  A2,
  A,
  B,
  BE,
  C1,
  C1E,
  C,
  CE,
  D1,
  D1E,
  D,
  DE,
  L,
  T
}
