package org.talentbruecke.opening.domain;

/** One step in an organisation's verification history. */
public enum VerificationStep {
  /** Staff verified it. */
  VERIFIED(true),
  /** Staff rejected it, with a reason. */
  REJECTED(true),
  /** Staff asked the employer for missing details, with a message. */
  DETAILS_REQUESTED(true),
  /** The employer saved the organisation after staff asked for details. */
  DETAILS_SUPPLIED(false),
  /** The employer corrected a rejected organisation; it went back to staff. */
  CORRECTED(false),
  /** Name, legal form, address or register entry changed after verification. */
  CHANGED_AFTER_VERIFICATION(false);

  private final boolean byStaff;

  VerificationStep(boolean byStaff) {
    this.byStaff = byStaff;
  }

  public boolean isByStaff() {
    return byStaff;
  }
}
