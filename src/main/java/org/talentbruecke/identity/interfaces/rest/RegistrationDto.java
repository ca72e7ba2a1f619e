package org.talentbruecke.identity.interfaces.rest;

/**
 * Body of {@code POST /api/v1/accounts}: {@code role} is JOB_SEEKER or EMPLOYER; {@code
 * privacyAccepted} must be true (the person has read the privacy notice).
 */
public record RegistrationDto(
    String email,
    String password,
    String displayName,
    String role,
    String organisationName,
    String preferredLanguage,
    Boolean privacyAccepted) {}
