package org.talentbruecke.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A consent record (GDPR Art. 7(1): the controller must be able to show that the person agreed):
 * what the account holder agreed to ({@code kind} and {@code scope}, e.g. PRIVACY_NOTICE version 2,
 * or PROFILE_VISIBILITY ANONYMOUS_TO_VERIFIED_EMPLOYERS), when, and when it was withdrawn. A
 * withdrawn consent stays on record until the account is erased.
 */
@Entity
@Table(name = "CONSENT")
public class Consent {
  /** The privacy notice; the scope is its version. */
  public static final String PRIVACY_NOTICE = "PRIVACY_NOTICE";

  /** Who may see the profile; the scope is the visibility chosen. */
  public static final String PROFILE_VISIBILITY = "PROFILE_VISIBILITY";

  /**
   * Sharing the profile and chosen contact with one organisation (a contact request the job seeker
   * started or accepted); the scope is the organisation's id and its name at that time.
   */
  public static final String SHARING_WITH_ORGANISATION = "SHARING_WITH_ORGANISATION";

  @Id
  @SequenceGenerator(name = "consent_seq", sequenceName = "CONSENT_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private long accountId;

  @Column(nullable = false, updatable = false, length = 40)
  private String kind;

  @Column(nullable = false, updatable = false, length = 100)
  private String scope;

  @Column(name = "GIVEN_AT", nullable = false, updatable = false)
  private Instant givenAt;

  @Column(name = "WITHDRAWN_AT")
  private Instant withdrawnAt;

  @Version private long version;

  protected Consent() {}

  public Consent(long accountId, String kind, String scope, Instant givenAt) {
    this.accountId = accountId;
    this.kind = Objects.requireNonNull(kind);
    this.scope = Objects.requireNonNull(scope);
    this.givenAt = Objects.requireNonNull(givenAt);
  }

  public boolean isActive() {
    return withdrawnAt == null;
  }

  /** Marks the consent withdrawn; a second withdrawal changes nothing. */
  public void withdraw(Instant at) {
    if (withdrawnAt == null) {
      withdrawnAt = Objects.requireNonNull(at);
    }
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getKind() {
    return kind;
  }

  public String getScope() {
    return scope;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
