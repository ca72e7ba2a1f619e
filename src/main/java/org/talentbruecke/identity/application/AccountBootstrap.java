package org.talentbruecke.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.domain.EmailAddress;

/**
 * Creates accounts at start-up: the first administrator from configuration, and the demo accounts.
 * Unlike registration it trusts its caller (no throttle, no password list), because its input is
 * the operator's configuration.
 */
@ApplicationScoped
public class AccountBootstrap {
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;
  @Inject private ConsentService consents;

  public boolean hasAdmin() {
    return accounts.countByRole(Role.ADMIN) > 0;
  }

  public boolean hasAccount(String email) {
    return accounts.findByEmail(EmailAddress.normalise(email)).isPresent();
  }

  public long idOf(String email) {
    return accounts.findByEmail(EmailAddress.normalise(email)).orElseThrow().getId();
  }

  /** Creates the account unless one with that e-mail exists; returns the new account if created. */
  @Transactional
  public Optional<Account> createIfAbsent(
      String email, String displayName, String password, Role role, Long organisationId) {
    String normalised = EmailAddress.normalise(email);
    if (accounts.findByEmail(normalised).isPresent()) {
      return Optional.empty();
    }
    Account account =
        new Account(
            new EmailAddress(email), displayName, hasher.hash(password), role, clock.instant());
    if (organisationId != null) {
      account.belongTo(organisationId);
    }
    if (role.isSelfRegistrable()) {
      account.acceptPrivacyNotice(clock.instant());
    }
    Account stored = accounts.store(account);
    if (role.isSelfRegistrable()) {
      consents.agreeToNotice(stored.getId());
    }
    return Optional.of(stored);
  }
}
