package org.talentbruecke.identity.application;

import org.talentbruecke.identity.domain.Role;

/** What a person enters to register; the same for the page and the API. */
public record RegistrationRequest(
    String email,
    String password,
    String displayName,
    Role role,
    String organisationName,
    String preferredLanguage,
    boolean privacyAccepted) {

  /**
   * An employer's registration; other contexts build it here and need not know identity's roles.
   * {@code organisationName} is null when the employer joins an existing organisation.
   */
  public static RegistrationRequest employer(
      String email,
      String password,
      String displayName,
      String organisationName,
      String preferredLanguage,
      boolean privacyAccepted) {
    return new RegistrationRequest(
        email,
        password,
        displayName,
        Role.EMPLOYER,
        organisationName,
        preferredLanguage,
        privacyAccepted);
  }

  /** Whether this is an employer's registration (the page and the API hand those to opening). */
  public boolean isEmployer() {
    return role == Role.EMPLOYER;
  }
}
