package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.AccountSummary;
import org.talentbruecke.opening.application.EmployerAccounts;
import org.talentbruecke.opening.application.RegisteredBy;

/** Asks the identity context which organisation an account belongs to. */
@ApplicationScoped
public class IdentityEmployerAccounts implements EmployerAccounts {
  @Inject private AccountService accounts;

  @Override
  public Optional<Long> organisationOf(long accountId) {
    return accounts.summary(accountId).map(AccountSummary::organisationId);
  }

  @Override
  public Optional<RegisteredBy> registeredBy(long organisationId) {
    return accounts.membersOf(organisationId).stream()
        .findFirst()
        .map(
            a ->
                new RegisteredBy(
                    a.id(), a.displayName(), a.email(), accounts.createdAt(a.id()).orElse(null)));
  }

  @Override
  public Optional<String> nameOf(long accountId) {
    return accounts.summary(accountId).map(AccountSummary::displayName);
  }
}
