package org.talentbruecke.opening.domain;

/** Thrown when an opening is asked to do what its life-cycle state does not allow. */
public class InvalidOpeningState extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public InvalidOpeningState(String message) {
    super(message);
  }
}
