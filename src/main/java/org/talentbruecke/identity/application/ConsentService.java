package org.talentbruecke.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.Consent;
import org.talentbruecke.identity.domain.ConsentRepository;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.NotFound;

/**
 * Consent records (decision 043): the privacy notice by version, the profile's visibility, and
 * their withdrawal. Every change is also written to the audit trail. Job seekers and employers
 * agree to the privacy notice; staff and admins work under their employment and are never asked.
 */
@ApplicationScoped
public class ConsentService {
  /** The visibility that is no consent at all (choosing it withdraws the one before). */
  static final String HIDDEN = "HIDDEN";

  @Inject private ConsentRepository consents;
  @Inject private AccountRepository accounts;
  @Inject private PrivacyNotice notice;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** For CDI. */
  protected ConsentService() {}

  /** For tests without a container. */
  ConsentService(
      ConsentRepository consents,
      AccountRepository accounts,
      PrivacyNotice notice,
      AuditTrail audit,
      Clock clock) {
    this.consents = consents;
    this.accounts = accounts;
    this.notice = notice;
    this.audit = audit;
    this.clock = clock;
  }

  /** The version of the privacy notice people agree to now. */
  public String noticeVersion() {
    return notice.version();
  }

  /**
   * Whether the account must agree to the current privacy notice before it can do anything but sign
   * out, download its data or delete itself: a job seeker or employer without an active consent to
   * the current version.
   */
  @Transactional
  public boolean mustAgreeToNotice(long accountId) {
    return accounts
        .find(accountId)
        .map(a -> mustAgree(a.getRole(), consents.ofAccount(accountId), notice.version()))
        .orElse(false);
  }

  /** The rule, without storage. */
  static boolean mustAgree(Role role, List<Consent> given, String version) {
    if (role != Role.JOB_SEEKER && role != Role.EMPLOYER) {
      return false;
    }
    return given.stream()
        .noneMatch(
            c ->
                c.isActive()
                    && Consent.PRIVACY_NOTICE.equals(c.getKind())
                    && version.equals(c.getScope()));
  }

  /**
   * Records that the account holder agreed to the current privacy notice (registration, or the
   * question after a new version). Agreeing twice to the same version records nothing new.
   */
  @Transactional
  public void agreeToNotice(long accountId) {
    Account account = accounts.find(accountId).orElseThrow(() -> new NotFound("Account"));
    List<Consent> given = consents.ofAccount(accountId);
    String version = notice.version();
    if (hasNotice(given, version)) {
      return;
    }
    Instant now = clock.instant();
    // An older version's consent is superseded, not withdrawn by the person: it stays as it was.
    consents.store(new Consent(accountId, Consent.PRIVACY_NOTICE, version, now));
    account.acceptPrivacyNotice(now);
    audit.record(given(accountId, Consent.PRIVACY_NOTICE, version));
  }

  /**
   * Withdraws the consent to the privacy notice: until the person agrees again they can only sign
   * out, download their data or delete their account.
   *
   * @throws NotFound when there is no active consent to withdraw
   */
  @Transactional
  public void withdrawNotice(long accountId) {
    List<Consent> active =
        consents.ofAccount(accountId).stream()
            .filter(c -> c.isActive() && Consent.PRIVACY_NOTICE.equals(c.getKind()))
            .toList();
    if (active.isEmpty()) {
      throw new NotFound("Consent");
    }
    Instant now = clock.instant();
    for (Consent c : active) {
      c.withdraw(now);
      consents.store(c);
      audit.record(withdrawn(accountId, c.getKind(), c.getScope()));
    }
  }

  /**
   * Records a change of the profile's visibility: the consent to the earlier visibility is
   * withdrawn, and one to the new visibility given (none for HIDDEN). The profile context calls
   * this in the transaction that saves the profile.
   */
  @Transactional
  public void visibilityChosen(long accountId, String visibility) {
    Objects.requireNonNull(visibility);
    Instant now = clock.instant();
    List<Consent> given = consents.ofAccount(accountId);
    for (Consent c : given) {
      if (c.isActive() && Consent.PROFILE_VISIBILITY.equals(c.getKind())) {
        if (c.getScope().equals(visibility)) {
          return; // unchanged
        }
        c.withdraw(now);
        consents.store(c);
        audit.record(withdrawn(accountId, c.getKind(), c.getScope()));
      }
    }
    if (!HIDDEN.equals(visibility)) {
      consents.store(new Consent(accountId, Consent.PROFILE_VISIBILITY, visibility, now));
      audit.record(given(accountId, Consent.PROFILE_VISIBILITY, visibility));
    }
  }

  /**
   * The job seeker agreed to share their profile and chosen contact with an organisation (they
   * showed interest or accepted its request). Once per organisation while it is active.
   */
  @Transactional
  public void sharingGranted(long accountId, long organisationId, String organisationName) {
    String prefix = organisationId + " ";
    boolean active =
        consents.ofAccount(accountId).stream()
            .anyMatch(
                c ->
                    c.isActive()
                        && Consent.SHARING_WITH_ORGANISATION.equals(c.getKind())
                        && c.getScope().startsWith(prefix));
    if (active) {
      return;
    }
    String name = organisationName == null ? "" : organisationName;
    String scope = (prefix + name).substring(0, Math.min(100, prefix.length() + name.length()));
    consents.store(
        new Consent(accountId, Consent.SHARING_WITH_ORGANISATION, scope, clock.instant()));
    audit.record(given(accountId, Consent.SHARING_WITH_ORGANISATION, scope));
  }

  /** The job seeker withdrew what they shared with an organisation. */
  @Transactional
  public void sharingWithdrawn(long accountId, long organisationId) {
    String prefix = organisationId + " ";
    Instant now = clock.instant();
    for (Consent c : consents.ofAccount(accountId)) {
      if (c.isActive()
          && Consent.SHARING_WITH_ORGANISATION.equals(c.getKind())
          && c.getScope().startsWith(prefix)) {
        c.withdraw(now);
        consents.store(c);
        audit.record(withdrawn(accountId, c.getKind(), c.getScope()));
      }
    }
  }

  /** Every consent of the account, oldest first. */
  @Transactional
  public List<ConsentRecord> of(long accountId) {
    return consents.ofAccount(accountId).stream()
        .map(
            c ->
                new ConsentRecord(
                    c.getId(), c.getKind(), c.getScope(), c.getGivenAt(), c.getWithdrawnAt()))
        .toList();
  }

  /** Deletes the account's consents; part of the erasure ({@link AccountService#erase}). */
  public void deleteAll(long accountId) {
    consents.deleteAll(accountId);
  }

  private static boolean hasNotice(List<Consent> given, String version) {
    return given.stream()
        .anyMatch(
            c ->
                c.isActive()
                    && Consent.PRIVACY_NOTICE.equals(c.getKind())
                    && version.equals(c.getScope()));
  }

  private static AuditEvent given(long accountId, String kind, String scope) {
    return new AuditEvent(
        AuditTypes.CONSENT_GIVEN, accountId, accountId, "CONSENT", null, kind, null, scope, null);
  }

  private static AuditEvent withdrawn(long accountId, String kind, String scope) {
    return new AuditEvent(
        AuditTypes.CONSENT_WITHDRAWN,
        accountId,
        accountId,
        "CONSENT",
        null,
        kind,
        scope,
        null,
        null);
  }
}
