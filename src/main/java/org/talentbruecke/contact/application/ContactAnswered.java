package org.talentbruecke.contact.application;

/** The other side accepted ({@code accepted}) or declined a contact request. */
public record ContactAnswered(
    String requestId,
    long actorAccountId,
    long seekerAccountId,
    long organisationId,
    long openingId,
    boolean accepted)
    implements ContactEvent {}
