package org.talentbruecke.matching.domain;

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

/**
 * A staff member's pin or exclusion of one candidate (by pseudonymous handle) for one opening, with
 * the written reason, who decided and when (human oversight, issue 11).
 *
 * <p>Life cycle: active from the moment it is taken until it is withdrawn; a withdrawn decision is
 * kept with who withdrew it and when, and never becomes active again (a new decision is taken
 * instead). Rows are never deleted, so the history of an opening's oversight stays complete.
 */
@Entity
@Table(name = "STAFF_DECISION")
@NamedQuery(
    name = "StaffDecision.byOpening",
    query =
        "SELECT d FROM StaffDecision d WHERE d.openingId = :openingId ORDER BY d.decidedAt, d.id")
@NamedQuery(
    name = "StaffDecision.activeByOpening",
    query =
        "SELECT d FROM StaffDecision d WHERE d.openingId = :openingId AND d.withdrawnAt IS NULL"
            + " ORDER BY d.decidedAt, d.id")
public class StaffDecision {
  /** A reason shorter than this says nothing a later reader could check. */
  public static final int MIN_REASON = 5;

  public static final int MAX_REASON = 500;

  @Id
  @SequenceGenerator(
      name = "staff_decision_seq",
      sequenceName = "STAFF_DECISION_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_decision_seq")
  private Long id;

  @Column(name = "OPENING_ID", nullable = false, updatable = false)
  private long openingId;

  @Column(nullable = false, updatable = false, length = 9)
  private String handle;

  @Column(name = "CANDIDATE_ACCOUNT_ID", nullable = false, updatable = false)
  private long candidateAccountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private DecisionKind kind;

  @Column(nullable = false, updatable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "DECIDED_BY", nullable = false, updatable = false)
  private long decidedBy;

  @Column(name = "DECIDED_AT", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "WITHDRAWN_BY")
  private Long withdrawnBy;

  @Column(name = "WITHDRAWN_AT")
  private Instant withdrawnAt;

  @Version private long version;

  protected StaffDecision() {}

  /**
   * @param reason already checked: {@link #MIN_REASON}..{@link #MAX_REASON} characters, trimmed
   */
  public StaffDecision(
      long openingId,
      String handle,
      long candidateAccountId,
      DecisionKind kind,
      String reason,
      long decidedBy,
      Instant decidedAt) {
    this.openingId = openingId;
    this.handle = Objects.requireNonNull(handle, "handle");
    this.candidateAccountId = candidateAccountId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = Objects.requireNonNull(reason, "reason");
    if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
      throw new IllegalArgumentException("reason length " + reason.length());
    }
    this.decidedBy = decidedBy;
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** Ends the decision; it stays on record, marked with who withdrew it and when. */
  public void withdraw(long by, Instant at) {
    if (!isActive()) {
      throw new DecisionWithdrawn();
    }
    this.withdrawnBy = by;
    this.withdrawnAt = Objects.requireNonNull(at, "at");
  }

  public boolean isActive() {
    return withdrawnAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getOpeningId() {
    return openingId;
  }

  public String getHandle() {
    return handle;
  }

  public long getCandidateAccountId() {
    return candidateAccountId;
  }

  public DecisionKind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public long getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
