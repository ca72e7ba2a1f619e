package org.talentbruecke.matching.domain;

/** A staff decision that was already withdrawn cannot be withdrawn again. */
public class DecisionWithdrawn extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DecisionWithdrawn() {
    super("The decision was already withdrawn.");
  }
}
