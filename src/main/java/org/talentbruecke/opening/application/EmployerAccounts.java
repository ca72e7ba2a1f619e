package org.talentbruecke.opening.application;

import java.util.Optional;

/**
 * What the opening context needs to know about an employer's account. Accounts are the identity
 * context's; this port keeps opening independent of identity's entities (adapter: {@code
 * opening.infrastructure.IdentityEmployerAccounts}).
 */
public interface EmployerAccounts {
  /** The organisation the account belongs to; empty for an unknown account or a non-employer. */
  Optional<Long> organisationOf(long accountId);

  /** The organisation's first employer user (who registered it); empty when none is left. */
  Optional<RegisteredBy> registeredBy(long organisationId);

  /** A person's name as staff see it in the verification history; empty for a deleted account. */
  Optional<String> nameOf(long accountId);
}
