package org.talentbruecke.opening.domain;

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
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an organisation's verification, kept for good: who (staff or the employer's user),
 * when, what, and the reason, the request or the changed fields. Rows are only ever added (no
 * setters), so a later verification never overwrites an earlier one.
 */
@Entity
@Table(name = "VERIFICATION_RECORD")
@NamedQuery(
    name = "VerificationRecord.ofOrganisation",
    query =
        "SELECT r FROM VerificationRecord r WHERE r.organisationId = :organisation"
            + " ORDER BY r.at DESC, r.id DESC")
public class VerificationRecord {
  /** Longest reason or request staff may write. */
  public static final int MAX_TEXT = 1000;

  @Id
  @SequenceGenerator(
      name = "verification_record_seq",
      sequenceName = "VERIFICATION_RECORD_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_record_seq")
  private Long id;

  @Column(name = "ORGANISATION_ID", nullable = false)
  private long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private VerificationStep step;

  @Column(name = "ACTOR_ACCOUNT_ID")
  private Long actorAccountId;

  @Column(name = "RECORDED_AT", nullable = false)
  private Instant at;

  /** The reason of a rejection or the text of a request; null for other steps. */
  @Column(name = "MESSAGE", length = MAX_TEXT)
  private String text;

  /** For a change after verification: which checked facts changed, e.g. "name,address". */
  @Column(name = "CHANGED_FIELDS", length = 200)
  private String changedFields;

  protected VerificationRecord() {}

  VerificationRecord(
      long organisationId,
      VerificationStep step,
      Long actorAccountId,
      Instant at,
      String text,
      String changedFields) {
    this.organisationId = organisationId;
    this.step = Objects.requireNonNull(step);
    this.actorAccountId = actorAccountId;
    this.at = Objects.requireNonNull(at);
    this.text = text;
    this.changedFields = changedFields;
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public VerificationStep getStep() {
    return step;
  }

  public Long getActorAccountId() {
    return actorAccountId;
  }

  public Instant getAt() {
    return at;
  }

  public String getText() {
    return text;
  }

  /** The changed facts, in the order name, legalForm, address, register; empty for none. */
  public java.util.List<String> getChangedFields() {
    return changedFields == null || changedFields.isEmpty()
        ? java.util.List.of()
        : java.util.List.of(changedFields.split(","));
  }
}
