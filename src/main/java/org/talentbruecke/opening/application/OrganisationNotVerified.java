package org.talentbruecke.opening.application;

/** Thrown when an unverified organisation tries what only verified ones may do. */
public class OrganisationNotVerified extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OrganisationNotVerified() {
    super("The organisation has not been verified by staff yet");
  }
}
