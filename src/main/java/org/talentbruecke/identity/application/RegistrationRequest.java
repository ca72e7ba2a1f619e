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
    boolean privacyAccepted) {}
