package org.talentbruecke.opening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A fair job-ad finding that an employer saw and published anyway; kept so that staff can see which
 * risky wording went out knowingly, and by whom. Never changes once written.
 */
@Entity
@Table(name = "AD_CHECK_FINDING")
@NamedQuery(
    name = "AcknowledgedFinding.byOpening",
    query = "SELECT f FROM AcknowledgedFinding f WHERE f.openingId = :openingId ORDER BY f.id")
public class AcknowledgedFinding {
  /** Longest phrase kept; matches are a few words, so more would only be a rule gone wrong. */
  public static final int MAX_PHRASE = 500;

  @Id
  @SequenceGenerator(
      name = "ad_check_finding_seq",
      sequenceName = "AD_CHECK_FINDING_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ad_check_finding_seq")
  private Long id;

  @Column(name = "OPENING_ID", nullable = false, updatable = false)
  private long openingId;

  @Column(name = "RULE_ID", nullable = false, updatable = false, length = 64)
  private String ruleId;

  @Column(nullable = false, updatable = false, length = MAX_PHRASE)
  private String phrase;

  @Column(name = "ACKNOWLEDGED_AT", nullable = false, updatable = false)
  private Instant acknowledgedAt;

  @Column(name = "ACKNOWLEDGED_BY", nullable = false, updatable = false)
  private long acknowledgedBy;

  protected AcknowledgedFinding() {}

  public AcknowledgedFinding(
      long openingId, String ruleId, String phrase, Instant at, long accountId) {
    this.openingId = openingId;
    this.ruleId = Objects.requireNonNull(ruleId);
    String words = Objects.requireNonNull(phrase);
    this.phrase = words.length() > MAX_PHRASE ? words.substring(0, MAX_PHRASE) : words;
    this.acknowledgedAt = Objects.requireNonNull(at);
    this.acknowledgedBy = accountId;
  }

  public Long getId() {
    return id;
  }

  public long getOpeningId() {
    return openingId;
  }

  public String getRuleId() {
    return ruleId;
  }

  public String getPhrase() {
    return phrase;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public long getAcknowledgedBy() {
    return acknowledgedBy;
  }
}
