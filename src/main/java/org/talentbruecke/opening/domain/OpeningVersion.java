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
 * An earlier published version of an opening: the text and terms job seekers saw from {@link
 * #getLiveFrom()} until a correction replaced them at {@link #getReplacedAt()}. Written once, when
 * the correction goes live; never changed.
 */
@Entity
@Table(name = "OPENING_VERSION")
@NamedQuery(
    name = "OpeningVersion.byOpening",
    query = "SELECT v FROM OpeningVersion v WHERE v.openingId = :openingId ORDER BY v.number DESC")
public class OpeningVersion {
  @Id
  @SequenceGenerator(
      name = "opening_version_seq",
      sequenceName = "OPENING_VERSION_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_version_seq")
  private Long id;

  @Column(name = "OPENING_ID", nullable = false, updatable = false)
  private long openingId;

  @Column(name = "VERSION_NUMBER", nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false, length = Opening.MAX_TITLE)
  private String title;

  @Column(updatable = false, length = Opening.MAX_DESCRIPTION)
  private String description;

  @Column(updatable = false, length = Opening.MAX_DESCRIPTION)
  private String terms;

  @Column(name = "LIVE_FROM", nullable = false, updatable = false)
  private Instant liveFrom;

  @Column(name = "REPLACED_AT", nullable = false, updatable = false)
  private Instant replacedAt;

  @Column(name = "REPLACED_BY", nullable = false, updatable = false)
  private long replacedBy;

  protected OpeningVersion() {}

  /**
   * Keeps what {@code opening} shows now, as version {@code number}, online since {@code liveFrom};
   * {@code terms} is its terms and requirements written out (JSON).
   */
  public OpeningVersion(
      Opening opening, int number, String terms, Instant liveFrom, Instant at, long byAccount) {
    if (opening.getId() == null || number < 1) {
      throw new IllegalArgumentException("a stored opening and a version number from 1");
    }
    this.openingId = opening.getId();
    this.number = number;
    this.title = opening.getTitle();
    this.description = opening.getDescription();
    this.terms = terms;
    this.liveFrom = Objects.requireNonNull(liveFrom);
    this.replacedAt = Objects.requireNonNull(at);
    this.replacedBy = byAccount;
  }

  public Long getId() {
    return id;
  }

  public long getOpeningId() {
    return openingId;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getTerms() {
    return terms;
  }

  public Instant getLiveFrom() {
    return liveFrom;
  }

  public Instant getReplacedAt() {
    return replacedAt;
  }

  public long getReplacedBy() {
    return replacedBy;
  }
}
