package org.talentbruecke.contact.application;

import org.talentbruecke.contact.domain.Side;

/**
 * An employer asked to contact a candidate ({@code initiator} EMPLOYER) or a job seeker showed
 * interest in an opening ({@code initiator} SEEKER).
 */
public record ContactRequested(
    String requestId,
    long actorAccountId,
    long seekerAccountId,
    long organisationId,
    long openingId,
    Side initiator)
    implements ContactEvent {}
