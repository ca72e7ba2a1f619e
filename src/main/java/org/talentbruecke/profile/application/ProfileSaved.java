package org.talentbruecke.profile.application;

/**
 * A CDI event fired whenever a profile was saved (any step, visibility included). Observers that
 * keep copies (matching's index) use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so
 * that they only see committed changes, and read the profile again themselves.
 */
public record ProfileSaved(long accountId, long profileId) {}
