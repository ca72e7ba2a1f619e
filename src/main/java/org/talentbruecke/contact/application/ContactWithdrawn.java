package org.talentbruecke.contact.application;

/** The job seeker withdrew a pending or accepted contact request. */
public record ContactWithdrawn(
    String requestId,
    long actorAccountId,
    long seekerAccountId,
    long organisationId,
    long openingId)
    implements ContactEvent {}
