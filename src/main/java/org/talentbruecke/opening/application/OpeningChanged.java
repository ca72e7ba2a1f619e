package org.talentbruecke.opening.application;

/**
 * A CDI event fired when an opening was published, closed, taken offline or edited. Observers that
 * keep copies (matching's index) use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so
 * that they only see committed changes, and read the opening again themselves.
 */
public record OpeningChanged(long openingId) {}
