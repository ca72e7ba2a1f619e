package org.talentbruecke.opening.application;

/** What staff decide about an organisation waiting for verification. */
public enum StaffDecision {
  VERIFY,
  REJECT,
  REQUEST_DETAILS
}
