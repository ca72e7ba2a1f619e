package org.talentbruecke.identity.application;

/**
 * Fired synchronously inside the erasure's transaction, just before the account row is deleted.
 * Contexts that keep rows about the account (the profile context: profile and personal details)
 * observe it and delete or anonymise them in the same transaction, so that either everything goes
 * or nothing does. Identity itself knows nothing of those contexts.
 */
public record AccountErasing(long accountId, String role) {}
