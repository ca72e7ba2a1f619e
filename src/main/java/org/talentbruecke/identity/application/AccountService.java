package org.talentbruecke.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.PasswordPolicy;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.TooManyAttempts;

/** What a signed-in person does with their own account, and what an admin sees of all. */
@ApplicationScoped
public class AccountService {
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordPolicy passwordPolicy;
  @Inject private Authenticator authenticator;

  public Optional<Account> find(long accountId) {
    return accounts.find(accountId);
  }

  /** The account as other contexts may see it (see {@link AccountSummary}). */
  public Optional<AccountSummary> summary(long accountId) {
    return accounts
        .find(accountId)
        .map(
            a ->
                new AccountSummary(
                    a.getId(), a.getEmail(), a.getDisplayName(), a.getOrganisationId()));
  }

  public List<Account> all() {
    return accounts.findAll();
  }

  /**
   * Changes the password after checking the current one; other sessions are ended.
   *
   * <p>The current password is checked by the sign-in {@link Authenticator}, so wrong guesses here
   * count against the same throttle (per account and per client address) as failed sign-ins.
   *
   * @throws TooManyAttempts while the account or the client address must wait
   */
  @Transactional(dontRollbackOn = TooManyAttempts.class)
  public void changePassword(
      long accountId, String currentPassword, String newPassword, String clientAddress) {
    Account account = accounts.find(accountId).orElseThrow();
    FieldChecks checks = new FieldChecks();
    LoginOutcome current =
        authenticator.authenticate(account.getEmail(), currentPassword, clientAddress);
    if (current instanceof LoginOutcome.Throttled throttled) {
      throw new TooManyAttempts(throttled.retryAt());
    }
    if (!(current instanceof LoginOutcome.Success)) {
      checks.add("currentPassword", "validation.password.wrongCurrent");
    }
    passwordPolicy
        .check(newPassword, account.getEmail())
        .ifPresent(
            v ->
                checks.add(
                    "newPassword", "validation.password." + v.name(), PasswordPolicy.MIN_LENGTH));
    checks.throwIfAny();
    account.changePasswordHash(hasher.hash(newPassword));
    account.endAllSessions();
  }

  @Transactional
  public void endAllSessions(long accountId) {
    accounts.find(accountId).orElseThrow().endAllSessions();
  }

  @Transactional
  public void preferLanguage(long accountId, String languageTag) {
    accounts.find(accountId).ifPresent(a -> a.preferLanguage(languageTag));
  }

  /** Whether a session or token issued at {@code epoch} is still valid for the account. */
  public boolean isCurrent(long accountId, int epoch) {
    return accounts.find(accountId).map(a -> a.getSessionEpoch() == epoch).orElse(false);
  }
}
