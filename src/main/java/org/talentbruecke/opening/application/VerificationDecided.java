package org.talentbruecke.opening.application;

import java.time.Instant;

/**
 * CDI event, fired inside the transaction when staff verify, reject or ask for details: openings of
 * a rejected organisation go offline, and an audit trail may record it.
 *
 * @param step VERIFIED, REJECTED or DETAILS_REQUESTED
 * @param text the reason or the request; null for a verification
 */
public record VerificationDecided(
    long organisationId, long staffAccountId, String step, String text, Instant at) {}
