package org.talentbruecke.profile.domain;

/** Gender as the person chooses to state it (optional; German civil status law knows "divers"). */
public enum Gender {
  FEMALE,
  MALE,
  DIVERSE
}
