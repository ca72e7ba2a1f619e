package org.talentbruecke.identity.application;

import java.time.Instant;
import org.talentbruecke.identity.domain.Account;

/**
 * What came of a login attempt: the account, wrong credentials, a deactivated account, or a wait.
 */
public sealed interface LoginOutcome {
  /** The credentials were right. */
  record Success(Account account) implements LoginOutcome {}

  /** E-mail or password wrong; deliberately does not say which. */
  record Invalid() implements LoginOutcome {}

  /** The credentials were right, but an admin has deactivated the account. */
  record Deactivated() implements LoginOutcome {}

  /** Too many failures: the caller may try again at {@code retryAt}. */
  record Throttled(Instant retryAt) implements LoginOutcome {}
}
