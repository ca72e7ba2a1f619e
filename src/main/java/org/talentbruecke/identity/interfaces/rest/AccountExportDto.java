package org.talentbruecke.identity.interfaces.rest;

import java.time.Instant;
import org.talentbruecke.identity.application.AccountRecord;

/**
 * What identity stores about the caller, as {@code GET /api/v1/accounts/me/export} answers it (for
 * every role; job seekers get their whole profile too from {@code GET /api/v1/profiles/me/export}).
 *
 * @param more where a job seeker finds the rest of their data, null for other roles
 */
public record AccountExportDto(
    String format, Instant generatedAt, AccountRecord account, String more) {}
