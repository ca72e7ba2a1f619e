package org.talentbruecke.opening.domain;

/**
 * Where an organisation stands with regional staff, who check that it is a real regional business.
 * The steps and who takes them are in {@link Organisation}; every step is kept as a {@link
 * VerificationRecord}.
 */
public enum Verification {
  /** Registered or corrected, waiting for staff. */
  UNVERIFIED,
  /** Staff asked the employer for missing details; the employer's next save answers. */
  DETAILS_REQUESTED,
  /** Staff refused it, with a reason the employer sees; a corrected profile goes back to staff. */
  REJECTED,
  /** Staff checked it. */
  VERIFIED,
  /**
   * Verified, but its name, legal form, address or register entry changed since: back with staff,
   * and still verified (its openings stay online) until staff decide.
   */
  RECHECK;

  /** Whether staff should look at it: new, corrected, answered or changed since verification. */
  public boolean awaitsStaff() {
    return this == UNVERIFIED || this == RECHECK || this == DETAILS_REQUESTED;
  }
}
