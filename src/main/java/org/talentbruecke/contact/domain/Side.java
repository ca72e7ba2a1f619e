package org.talentbruecke.contact.domain;

/** The two sides of a contact: the employer's organisation and the job seeker. */
public enum Side {
  EMPLOYER,
  SEEKER;

  public Side other() {
    return this == EMPLOYER ? SEEKER : EMPLOYER;
  }
}
