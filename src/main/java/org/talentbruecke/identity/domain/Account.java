package org.talentbruecke.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.talentbruecke.shared.domain.EmailAddress;

/**
 * A person's login to Talentbrücke, the aggregate root of the identity context.
 *
 * <p>Life cycle: created by self-registration (job seeker, employer) or by an admin (staff, admin);
 * the password can be changed; "logout everywhere" raises the {@code sessionEpoch}, which
 * invalidates every session and API token issued before. An employer account points to its
 * organisation by id only, because organisations belong to the opening context.
 */
@Entity
@Table(name = "ACCOUNT")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(
    name = "Account.countByRole",
    query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role")
@NamedQuery(name = "Account.all", query = "SELECT a FROM Account a ORDER BY a.email")
@NamedQuery(
    name = "Account.byOrganisation",
    query =
        "SELECT a FROM Account a WHERE a.organisationId = :organisation ORDER BY a.createdAt, a.id")
public class Account {

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "ACCOUNT_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
  private String displayName;

  @Column(name = "PASSWORD_HASH", nullable = false, length = 400)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "ORGANISATION_ID")
  private Long organisationId;

  @Column(name = "PREFERRED_LANGUAGE", length = 8)
  private String preferredLanguage;

  @Column(name = "SESSION_EPOCH", nullable = false)
  private int sessionEpoch;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  /** When the person accepted the privacy notice (GDPR consent record); null for staff accounts. */
  @Column(name = "PRIVACY_ACCEPTED_AT")
  private Instant privacyAcceptedAt;

  /** When an admin deactivated the account; null while it is active. */
  @Column(name = "DEACTIVATED_AT")
  private Instant deactivatedAt;

  @Column(name = "DEACTIVATED_BY")
  private Long deactivatedBy;

  @Version private long version;

  protected Account() {}

  public Account(
      EmailAddress email, String displayName, String passwordHash, Role role, Instant createdAt) {
    this.email = Objects.requireNonNull(email).value();
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = Objects.requireNonNull(role);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public void belongTo(long organisationId) {
    if (role != Role.EMPLOYER) {
      throw new IllegalStateException("Only employer accounts belong to an organisation");
    }
    this.organisationId = organisationId;
  }

  public void acceptPrivacyNotice(Instant at) {
    this.privacyAcceptedAt = Objects.requireNonNull(at);
  }

  public Instant getPrivacyAcceptedAt() {
    return privacyAcceptedAt;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
  }

  /** Ends every session and token issued so far ("logout everywhere"). */
  public void endAllSessions() {
    sessionEpoch++;
  }

  /**
   * An admin deactivates the account: it cannot sign in, and every session and token ends. Admins
   * cannot deactivate themselves (there would be nobody left to undo it).
   */
  public void deactivate(long adminAccountId, Instant at) {
    if (id != null && id == adminAccountId) {
      throw new IllegalStateException("An admin cannot deactivate their own account");
    }
    if (deactivatedAt == null) {
      deactivatedAt = Objects.requireNonNull(at);
      deactivatedBy = adminAccountId;
      endAllSessions();
    }
  }

  /** An admin lets the account sign in again (with its old password). */
  public void reactivate() {
    deactivatedAt = null;
    deactivatedBy = null;
  }

  public boolean isActive() {
    return deactivatedAt == null;
  }

  public Instant getDeactivatedAt() {
    return deactivatedAt;
  }

  public void preferLanguage(String languageTag) {
    this.preferredLanguage = languageTag;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
