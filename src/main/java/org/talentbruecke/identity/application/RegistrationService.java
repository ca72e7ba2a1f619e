package org.talentbruecke.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.LoginThrottle;
import org.talentbruecke.identity.domain.PasswordPolicy;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.TooManyAttempts;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.domain.EmailAddress;
import org.talentbruecke.shared.domain.VisibleText;

/**
 * Creates accounts: job seekers register themselves, staff and admins are created by an admin.
 * Employers register through the opening context's employer onboarding, which owns organisations
 * and invitations and creates the account here ({@link #countAttempt}, {@link #createEmployer}).
 * Every rule is checked before anything is stored, so a refused registration leaves no trace.
 */
@ApplicationScoped
public class RegistrationService {
  static final int MAX_NAME = 100;

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordPolicy passwordPolicy;
  @Inject private Clock clock;
  @Inject private IdentitySettings settings;
  @Inject private ConsentService consents;
  @Inject private AuditTrail audit;

  private LoginThrottle attempts;

  /**
   * Self-registration of a job seeker. Attempts are counted per client address, so the form cannot
   * be used to probe many e-mail addresses quickly.
   */
  @Transactional
  public Account registerSelf(RegistrationRequest request, String clientAddress) {
    countAttempt(clientAddress);
    if (request.role() != Role.JOB_SEEKER) {
      throw ValidationFailure.of("role", "validation.role");
    }
    Account account = create(request, true, null);
    account.acceptPrivacyNotice(clock.instant());
    recordCreation(account);
    return account;
  }

  /**
   * Counts a registration attempt from {@code clientAddress}; employer onboarding calls this first,
   * before it checks an invitation, so that invitation codes cannot be probed quickly either.
   *
   * @throws TooManyAttempts while the address is blocked
   */
  public void countAttempt(String clientAddress) {
    Instant now = clock.instant();
    String key = "registration:" + clientAddress;
    attempts
        .blockedUntil(key, now)
        .ifPresent(
            until -> {
              throw new TooManyAttempts(until);
            });
    attempts.recordFailure(key, now);
  }

  /**
   * Creates an employer's account belonging to {@code organisation}, in the caller's transaction:
   * the organisation's checks are reported with the account's, and its id is asked for only when
   * all passed. The caller has counted the attempt ({@link #countAttempt}). Returns the account id.
   */
  @Transactional
  public long createEmployer(RegistrationRequest request, OrganisationToJoin organisation) {
    RegistrationRequest asEmployer =
        RegistrationRequest.employer(
            request.email(),
            request.password(),
            request.displayName(),
            request.organisationName(),
            request.preferredLanguage(),
            request.privacyAccepted());
    Account account = create(asEmployer, true, organisation);
    account.acceptPrivacyNotice(clock.instant());
    recordCreation(account);
    return account.getId();
  }

  /** An admin creates a staff member or another admin. */
  @Transactional
  public Account createByAdmin(RegistrationRequest request) {
    if (request.role() == null || request.role().isSelfRegistrable()) {
      throw ValidationFailure.of("role", "validation.role");
    }
    return create(request, false, null);
  }

  /** The first consent (the privacy notice agreed to on the form) and the audit entry. */
  private void recordCreation(Account account) {
    audit.record(
        AuditEvent.of(AuditTypes.ACCOUNT_CREATED, account.getId(), account.getId())
            .on("ACCOUNT", String.valueOf(account.getId()))
            .withDetails(account.getRole().name()));
    consents.agreeToNotice(account.getId());
  }

  @PostConstruct
  void createThrottle() {
    attempts = settings.throttle(settings.addressFreeAttempts());
  }

  /** Creates the account; an employer's belongs to {@code organisation}, null for other roles. */
  private Account create(
      RegistrationRequest request, boolean privacyNoticeRequired, OrganisationToJoin organisation) {
    FieldChecks checks = new FieldChecks();
    if (privacyNoticeRequired && !request.privacyAccepted()) {
      checks.add("privacyAccepted", "validation.privacy");
    }
    checkEmail(checks, request.email());
    String displayName = VisibleText.normalise(request.displayName());
    checks.text("displayName", displayName, MAX_NAME);
    if (organisation != null) {
      organisation.check(checks);
    }
    passwordPolicy
        .check(request.password(), request.email())
        .ifPresent(
            v ->
                checks.add(
                    "password", "validation.password." + v.name(), PasswordPolicy.MIN_LENGTH));
    checks.throwIfAny();

    Account account =
        new Account(
            new EmailAddress(request.email()),
            displayName,
            hasher.hash(request.password()),
            request.role(),
            clock.instant());
    account.preferLanguage(languageTagOrNull(request.preferredLanguage()));
    if (organisation != null) {
      account.belongTo(organisation.id());
    }
    return accounts.store(account);
  }

  // Only a plain two-letter code is kept; anything else is not worth an error message.
  private static String languageTagOrNull(String tag) {
    return tag != null && tag.matches("[a-z]{2}") ? tag : null;
  }

  private void checkEmail(FieldChecks checks, String email) {
    if (email == null || email.isBlank()) {
      checks.add("email", "validation.required");
    } else if (!EmailAddress.isValid(email)) {
      checks.add("email", "validation.email");
    } else if (accounts.findByEmail(EmailAddress.normalise(email)).isPresent()) {
      // Registration has to say this much; it says no more (no name, no role).
      checks.add("email", "validation.email.taken");
    }
  }
}
