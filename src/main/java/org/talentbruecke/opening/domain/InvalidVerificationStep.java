package org.talentbruecke.opening.domain;

/** A verification step that does not fit where the organisation stands (e.g. verifying twice). */
public class InvalidVerificationStep extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidVerificationStep(String message) {
    super(message);
  }
}
