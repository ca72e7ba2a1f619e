package org.talentbruecke.contact.application;

/**
 * A change of a contact request, fired as a CDI event inside the transaction that made it (observe
 * with {@code during = TransactionPhase.AFTER_SUCCESS} to hear only of committed ones). The audit
 * trail records them; nothing in them names or reaches the person beyond ids.
 */
public sealed interface ContactEvent permits ContactRequested, ContactAnswered, ContactWithdrawn {
  /** The request's public id. */
  String requestId();

  /** Who acted (an employer's user or the job seeker). */
  long actorAccountId();

  /** The job seeker the request is about (the subject). */
  long seekerAccountId();

  long organisationId();

  long openingId();
}
