package org.talentbruecke.profile.application;

/**
 * A job seeker's profile was deleted together with the account (GDPR Art. 17). Observed after the
 * transaction committed ({@code during = TransactionPhase.AFTER_SUCCESS}) by whoever keeps copies
 * of the profile, such as the matching index, so that employers stop seeing the person at once.
 *
 * @param profileId the deleted profile's id (the source of its pseudonymous handle in matching)
 * @param accountId the deleted account's id
 */
public record ProfileErased(long profileId, long accountId) {}
