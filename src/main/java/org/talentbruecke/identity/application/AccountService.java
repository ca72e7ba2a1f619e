package org.talentbruecke.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountOrder;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.PasswordPolicy;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.TooManyAttempts;

/** What a signed-in person does with their own account, and what an admin sees of all. */
@ApplicationScoped
public class AccountService {
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordPolicy passwordPolicy;
  @Inject private Authenticator authenticator;
  @Inject private Event<AccountErasing> erasing;
  @Inject private ConsentService consents;
  @Inject private AuditTrail audit;
  @Inject private java.time.Clock clock;

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

  /** The accounts of an organisation's users, as other contexts may see them. */
  public List<AccountRecord> ofOrganisation(long organisationId) {
    return accounts.findAll().stream()
        .filter(a -> a.getOrganisationId() != null && a.getOrganisationId() == organisationId)
        .map(a -> record(a.getId()).orElseThrow())
        .toList();
  }

  public List<Account> all() {
    return accounts.findAll();
  }

  /** One page of the admin's account list (see {@link AccountRepository#search}). */
  public List<Account> search(String text, Role role, AccountOrder order, int offset, int limit) {
    return accounts.search(text, role, order, offset, Math.max(1, Math.min(limit, 200)));
  }

  public long count(String text, Role role) {
    return accounts.count(text, role);
  }

  /** The employer users of an organisation, oldest first (the first one registered it). */
  public List<AccountSummary> membersOf(long organisationId) {
    return accounts.findByOrganisation(organisationId).stream()
        .map(
            a ->
                new AccountSummary(
                    a.getId(), a.getEmail(), a.getDisplayName(), a.getOrganisationId()))
        .toList();
  }

  /** When the account was created; empty for an unknown account. */
  public Optional<java.time.Instant> createdAt(long accountId) {
    return accounts.find(accountId).map(Account::getCreatedAt);
  }

  /**
   * An admin deactivates an account: it cannot sign in and its sessions and tokens end.
   *
   * @throws OwnAccount when the admin names their own account
   */
  @Transactional
  public void deactivate(long adminAccountId, long accountId) {
    if (adminAccountId == accountId) {
      throw new OwnAccount();
    }
    accounts
        .find(accountId)
        .orElseThrow(() -> new NotFound("Account"))
        .deactivate(adminAccountId, clock.instant());
  }

  /** An admin lets a deactivated account sign in again. */
  @Transactional
  public void reactivate(long accountId) {
    accounts.find(accountId).orElseThrow(() -> new NotFound("Account")).reactivate();
  }

  /** Whether sign-ins to the account must wait after too many failures. */
  public boolean isThrottled(long accountId) {
    return accounts.find(accountId).map(a -> authenticator.isThrottled(a.getEmail())).orElse(false);
  }

  /** An admin lifts the sign-in throttle of an account (after the person called, say). */
  public void liftThrottle(long accountId) {
    accounts.find(accountId).ifPresent(a -> authenticator.liftThrottle(a.getEmail()));
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
    audit.record(AuditEvent.changed(accountId, accountId, "ACCOUNT", id(accountId), "password"));
  }

  private static String id(long accountId) {
    return String.valueOf(accountId);
  }

  @Transactional
  public void endAllSessions(long accountId) {
    accounts.find(accountId).orElseThrow().endAllSessions();
  }

  @Transactional
  public void preferLanguage(long accountId, String languageTag) {
    accounts
        .find(accountId)
        .ifPresent(
            a -> {
              String before = a.getPreferredLanguage();
              a.preferLanguage(languageTag);
              if (!java.util.Objects.equals(before, languageTag)) {
                audit.record(
                    AuditEvent.change(
                        accountId,
                        accountId,
                        "ACCOUNT",
                        id(accountId),
                        "preferredLanguage",
                        before,
                        languageTag));
              }
            });
  }

  /** Whether a session or token issued at {@code epoch} is still valid for the account. */
  public boolean isCurrent(long accountId, int epoch) {
    return accounts
        .find(accountId)
        .map(a -> a.isActive() && a.getSessionEpoch() == epoch)
        .orElse(false);
  }

  /** Everything stored on the account but the password hash, for the person's data export. */
  public Optional<AccountRecord> record(long accountId) {
    return accounts
        .find(accountId)
        .map(
            a ->
                new AccountRecord(
                    a.getId(),
                    a.getEmail(),
                    a.getDisplayName(),
                    a.getRole().name(),
                    a.getOrganisationId(),
                    a.getPreferredLanguage(),
                    a.getCreatedAt(),
                    a.getPrivacyAcceptedAt(),
                    a.getSessionEpoch()));
  }

  /** Whether the account may delete itself (today: job seekers; see {@link ErasureNotAllowed}). */
  public boolean canErase(long accountId) {
    return accounts.find(accountId).map(a -> a.getRole() == Role.JOB_SEEKER).orElse(false);
  }

  /**
   * Deletes the account after checking its password (GDPR Art. 17). Observers of {@link
   * AccountErasing} delete what other contexts keep about the account in the same transaction; then
   * the account row goes, which ends every session and API token (they are checked against the
   * account on each request) and frees the e-mail address for a new registration.
   *
   * <p>The password is checked by the sign-in {@link Authenticator}, so wrong guesses count against
   * the same throttle as failed sign-ins.
   *
   * @throws WrongPassword when the password is missing or wrong
   * @throws TooManyAttempts while the account or the client address must wait
   * @throws ErasureNotAllowed for roles that cannot delete themselves yet
   */
  @Transactional
  public void erase(long accountId, String password, String clientAddress) {
    Account account = accounts.find(accountId).orElseThrow();
    if (account.getRole() != Role.JOB_SEEKER) {
      throw new ErasureNotAllowed(account.getRole().name());
    }
    LoginOutcome outcome = authenticator.authenticate(account.getEmail(), password, clientAddress);
    if (outcome instanceof LoginOutcome.Throttled throttled) {
      throw new TooManyAttempts(throttled.retryAt());
    }
    if (!(outcome instanceof LoginOutcome.Success)) {
      throw new WrongPassword();
    }
    consents.deleteAll(accountId);
    erasing.fire(new AccountErasing(accountId, account.getRole().name()));
    accounts.delete(account);
  }
}
