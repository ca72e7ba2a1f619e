package org.talentbruecke.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.contact.application.ContactParties;
import org.talentbruecke.identity.application.AccountRecord;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.shared.application.MessageTexts;

/** Asks the identity context about accounts. */
@ApplicationScoped
public class IdentityContactParties implements ContactParties {
  @Inject private AccountService accounts;

  @Override
  public Optional<Party> of(long accountId) {
    return accounts.record(accountId).map(IdentityContactParties::party);
  }

  @Override
  public List<Party> ofOrganisation(long organisationId) {
    return accounts.ofOrganisation(organisationId).stream()
        .filter(a -> "EMPLOYER".equals(a.role()))
        .map(IdentityContactParties::party)
        .toList();
  }

  private static Party party(AccountRecord a) {
    return new Party(
        a.id(),
        a.role(),
        a.organisationId(),
        a.displayName(),
        a.email(),
        MessageTexts.supported(a.preferredLanguage()).orElse(MessageTexts.DEFAULT_LOCALE));
  }
}
