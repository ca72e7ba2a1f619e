package org.talentbruecke.profile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.profile.application.cv.AccountContacts;

/** Asks the identity context for the name and e-mail address the person registered with. */
@ApplicationScoped
public class IdentityAccountContacts implements AccountContacts {
  @Inject private AccountService accounts;

  @Override
  public Optional<Contact> of(long accountId) {
    return accounts.summary(accountId).map(a -> new Contact(a.displayName(), a.email()));
  }
}
