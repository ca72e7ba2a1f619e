package org.talentbruecke.identity.application;

import java.time.Instant;

/**
 * Everything identity stores about an account except the password hash, for the person's own data
 * export (GDPR Art. 15/20). The hash is left out on purpose: it is no information about the person
 * and would only help someone guessing the password.
 *
 * @param role JOB_SEEKER, EMPLOYER, STAFF or ADMIN
 * @param organisationId the employer's organisation, null for other roles
 * @param preferredLanguage the interface language stored on the account, null before one was chosen
 * @param privacyAcceptedAt when the person accepted the privacy notice, null for staff accounts
 * @param sessionEpoch how often "log out everywhere" (or a password change) ended all sessions
 */
public record AccountRecord(
    long id,
    String email,
    String displayName,
    String role,
    Long organisationId,
    String preferredLanguage,
    Instant createdAt,
    Instant privacyAcceptedAt,
    int sessionEpoch) {}
