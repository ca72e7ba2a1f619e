package org.talentbruecke.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.LoginThrottle;
import org.talentbruecke.identity.domain.PasswordPolicy;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.domain.EmailAddress;

/**
 * Checks e-mail and password for the login page and the token endpoint alike, with throttling per
 * account and per client address.
 */
@ApplicationScoped
public class Authenticator {
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private IdentitySettings settings;
  @Inject private Clock clock;
  @Inject private AuditTrail audit;

  private LoginThrottle byAccount;
  private LoginThrottle byAddress;

  @PostConstruct
  void createThrottles() {
    byAccount = settings.throttle(settings.freeAttempts());
    byAddress = settings.throttle(settings.addressFreeAttempts());
  }

  /**
   * A sign-in (login page or API token): checks like {@link #authenticate} and writes the audit
   * trail. A failure with a known e-mail address is recorded about that account; with an unknown
   * one nothing of what was typed is kept. Attempts refused by the throttle are not recorded (they
   * cost an attacker nothing, and the failures that led to the wait are on record).
   */
  public LoginOutcome signIn(String email, String password, String clientAddress) {
    LoginOutcome outcome = authenticate(email, password, clientAddress);
    if (outcome instanceof LoginOutcome.Success s) {
      audit.record(AuditEvent.of(AuditTypes.SIGN_IN, s.account().getId(), s.account().getId()));
    } else if (outcome instanceof LoginOutcome.Invalid) {
      Long known = knownAccount(email);
      audit.record(
          AuditEvent.of(AuditTypes.SIGN_IN_FAILED, null, known)
              .withDetails(known == null ? "unknown account" : "wrong password"));
    }
    return outcome;
  }

  private Long knownAccount(String email) {
    String normalised = EmailAddress.normalise(email);
    if (normalised.length() > EmailAddress.MAX_LENGTH) {
      return null;
    }
    return accounts.findByEmail(normalised).map(Account::getId).orElse(null);
  }

  /**
   * Checks e-mail and password with throttling, without an audit entry: sign-ins go through {@link
   * #signIn}; a password change and an erasure use this to confirm the password.
   */
  public LoginOutcome authenticate(String email, String password, String clientAddress) {
    Instant now = clock.instant();
    String accountKey = EmailAddress.normalise(email);
    String addressKey = "address:" + clientAddress;
    Optional<Instant> wait =
        Stream.of(byAccount.blockedUntil(accountKey, now), byAddress.blockedUntil(addressKey, now))
            .flatMap(Optional::stream)
            .max(Comparator.naturalOrder());
    if (wait.isPresent()) {
      return new LoginOutcome.Throttled(wait.get());
    }
    Optional<Account> account = verify(accountKey, password);
    if (account.isEmpty()) {
      byAccount.recordFailure(accountKey, now);
      byAddress.recordFailure(addressKey, now);
      return new LoginOutcome.Invalid();
    }
    byAccount.recordSuccess(accountKey);
    if (!account.get().isActive()) {
      return new LoginOutcome.Deactivated();
    }
    return new LoginOutcome.Success(account.get());
  }

  /** Whether sign-ins to this account must wait now (after too many failures). */
  public boolean isThrottled(String email) {
    return byAccount.blockedUntil(EmailAddress.normalise(email), clock.instant()).isPresent();
  }

  /** An admin lets the account try again at once (the per-address throttle stays). */
  public void liftThrottle(String email) {
    byAccount.recordSuccess(EmailAddress.normalise(email));
  }

  private Optional<Account> verify(String email, String password) {
    String candidate = password == null ? "" : password;
    if (candidate.length() > PasswordPolicy.MAX_LENGTH
        || email.length() > EmailAddress.MAX_LENGTH) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.findByEmail(email);
    if (account.isEmpty()) {
      hasher.spendSameTimeAsAVerification(candidate);
      return Optional.empty();
    }
    return hasher.matches(candidate, account.get().getPasswordHash()) ? account : Optional.empty();
  }
}
