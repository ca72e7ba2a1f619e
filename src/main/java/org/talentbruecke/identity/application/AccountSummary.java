package org.talentbruecke.identity.application;

/**
 * What other contexts may know about an account: its id, name, e-mail address and, for an employer,
 * the organisation it belongs to ({@code null} otherwise). Other contexts get this instead of the
 * {@code Account} entity, so identity can change its domain model freely.
 */
public record AccountSummary(long id, String email, String displayName, Long organisationId) {}
