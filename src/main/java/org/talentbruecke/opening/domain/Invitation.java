package org.talentbruecke.opening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An invitation of a colleague to join an organisation as a further employer user.
 *
 * <p>Life cycle: issued by a user of the organisation for one e-mail address, with a one-time token
 * of which only the hash is kept; usable until it expires; accepted once, when the invitee
 * registers with that address through the link. An accepted or expired invitation is never usable
 * again.
 */
@Entity
@Table(name = "INVITATION")
@NamedQuery(
    name = "Invitation.byTokenHash",
    query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
@NamedQuery(
    name = "Invitation.byOrganisation",
    query =
        "SELECT i FROM Invitation i WHERE i.organisationId = :organisationId ORDER BY i.createdAt DESC")
public class Invitation {
  /** How long a link works: long enough for a colleague on holiday, short enough to go stale. */
  public static final Duration VALIDITY = Duration.ofDays(14);

  @Id
  @SequenceGenerator(name = "invitation_seq", sequenceName = "INVITATION_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  private Long id;

  @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
  private long organisationId;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "TOKEN_HASH", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "CREATED_BY", nullable = false)
  private long createdBy;

  @Column(name = "EXPIRES_AT", nullable = false)
  private Instant expiresAt;

  @Column(name = "ACCEPTED_AT")
  private Instant acceptedAt;

  @Column(name = "ACCEPTED_BY")
  private Long acceptedBy;

  @Version private long version;

  protected Invitation() {}

  public Invitation(
      long organisationId, String email, String tokenHash, long createdBy, Instant createdAt) {
    this.organisationId = organisationId;
    this.email = Objects.requireNonNull(email);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdBy = createdBy;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = createdAt.plus(VALIDITY);
  }

  /** Not accepted yet and not expired. */
  public boolean isUsable(Instant now) {
    return acceptedAt == null && now.isBefore(expiresAt);
  }

  /** Records that {@code accountId} joined through this invitation; refuses a second use. */
  public void accept(long accountId, Instant at) {
    if (!isUsable(at)) {
      throw new IllegalStateException("The invitation was used or has expired");
    }
    acceptedAt = at;
    acceptedBy = accountId;
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getEmail() {
    return email;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
