package org.talentbruecke.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.audit.application.Actors;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.shared.domain.EmailAddress;

/** Accounts as the audit trail needs them, through identity's application layer. */
@ApplicationScoped
public class IdentityActors implements Actors {
  @Inject private AccountService accounts;
  @Inject private AccountBootstrap lookup;

  @Override
  public Optional<Actor> of(long accountId) {
    return accounts.record(accountId).map(a -> new Actor(a.role(), a.organisationId()));
  }

  @Override
  public Optional<String> describe(long accountId) {
    return accounts.summary(accountId).map(a -> a.displayName() + " <" + a.email() + ">");
  }

  @Override
  public Optional<Long> byEmail(String email) {
    if (!EmailAddress.isValid(email) || !lookup.hasAccount(email)) {
      return Optional.empty();
    }
    return Optional.of(lookup.idOf(email));
  }
}
