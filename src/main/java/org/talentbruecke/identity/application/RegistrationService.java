package org.talentbruecke.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.EmailAddress;
import org.talentbruecke.identity.domain.LoginThrottle;
import org.talentbruecke.identity.domain.PasswordPolicy;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.opening.application.InvitationService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.TooManyAttempts;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * Creates accounts: job seekers and employers register themselves, staff and admins are created by
 * an admin. Every rule is checked before anything is stored, so a refused registration leaves no
 * trace.
 */
@ApplicationScoped
public class RegistrationService {
  static final int MAX_NAME = 100;
  static final int MAX_ORGANISATION = 200;

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordPolicy passwordPolicy;
  @Inject private OrganisationService organisations;
  @Inject private InvitationService invitations;
  @Inject private Clock clock;
  @Inject private IdentitySettings settings;

  private LoginThrottle attempts;

  /**
   * Self-registration of a job seeker or an employer (with a new, unverified organisation).
   * Attempts are counted per client address, so the form cannot be used to probe many e-mail
   * addresses quickly.
   */
  @Transactional
  public Account registerSelf(RegistrationRequest request, String clientAddress) {
    Instant now = clock.instant();
    String key = "registration:" + clientAddress;
    attempts
        .blockedUntil(key, now)
        .ifPresent(
            until -> {
              throw new TooManyAttempts(until);
            });
    attempts.recordFailure(key, now);
    if (request.role() == null || !request.role().isSelfRegistrable()) {
      throw ValidationFailure.of("role", "validation.role");
    }
    Account account = create(request, true, null);
    account.acceptPrivacyNotice(clock.instant());
    return account;
  }

  /**
   * Registration of a further employer user through an invitation: the account joins the inviting
   * organisation instead of registering a new one, and the invitation is used up. The address must
   * be the invited one. Throttled like self-registration.
   */
  @Transactional
  public Account registerInvited(
      RegistrationRequest request, String invitationToken, String clientAddress) {
    Instant now = clock.instant();
    String key = "registration:" + clientAddress;
    attempts
        .blockedUntil(key, now)
        .ifPresent(
            until -> {
              throw new TooManyAttempts(until);
            });
    attempts.recordFailure(key, now);
    long organisation = invitations.organisationFor(invitationToken, request.email());
    RegistrationRequest asEmployer =
        new RegistrationRequest(
            request.email(),
            request.password(),
            request.displayName(),
            Role.EMPLOYER,
            null,
            request.preferredLanguage(),
            request.privacyAccepted());
    Account account = create(asEmployer, true, organisation);
    account.acceptPrivacyNotice(now);
    invitations.accept(invitationToken, account.getId());
    return account;
  }

  /** An admin creates a staff member or another admin. */
  @Transactional
  public Account createByAdmin(RegistrationRequest request) {
    if (request.role() == null || request.role().isSelfRegistrable()) {
      throw ValidationFailure.of("role", "validation.role");
    }
    return create(request, false, null);
  }

  @PostConstruct
  void createThrottle() {
    attempts = settings.throttle(settings.addressFreeAttempts());
  }

  /**
   * Creates the account; an employer joins {@code existingOrganisation}, or registers a new one
   * when null.
   */
  private Account create(
      RegistrationRequest request, boolean privacyNoticeRequired, Long existingOrganisation) {
    FieldChecks checks = new FieldChecks();
    if (privacyNoticeRequired && !request.privacyAccepted()) {
      checks.add("privacyAccepted", "validation.privacy");
    }
    checkEmail(checks, request.email());
    checks.text("displayName", request.displayName(), MAX_NAME);
    if (request.role() == Role.EMPLOYER && existingOrganisation == null) {
      checks.text("organisationName", request.organisationName(), MAX_ORGANISATION);
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
            request.displayName().trim(),
            hasher.hash(request.password()),
            request.role(),
            clock.instant());
    account.preferLanguage(languageTagOrNull(request.preferredLanguage()));
    if (request.role() == Role.EMPLOYER) {
      account.belongTo(
          existingOrganisation != null
              ? existingOrganisation
              : organisations.register(request.organisationName().trim()));
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
