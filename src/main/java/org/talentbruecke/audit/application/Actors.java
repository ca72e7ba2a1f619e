package org.talentbruecke.audit.application;

import java.util.Optional;

/** What the audit trail needs to know about an acting account (identity knows it). */
public interface Actors {
  /** Role and, for an employer, organisation of the account. */
  record Actor(String role, Long organisationId) {}

  Optional<Actor> of(long accountId);

  /** Display name and e-mail address, for the admin's audit page. */
  Optional<String> describe(long accountId);

  /** The account with this e-mail address. */
  Optional<Long> byEmail(String email);
}
