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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A job or apprenticeship an organisation offers; aggregate root of its requirements.
 *
 * <p>Life cycle: created as a {@link OpeningStatus#DRAFT} that only its organisation sees;
 * published by a user of a verified organisation; closed by the employer. The organisation is
 * referenced by id and never changes.
 */
@Entity
@Table(name = "OPENING")
@NamedQuery(
    name = "Opening.byOrganisation",
    query = "SELECT o FROM Opening o WHERE o.organisationId = :organisationId ORDER BY o.createdAt DESC")
public class Opening {
  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 20_000;

  @Id
  @SequenceGenerator(name = "opening_seq", sequenceName = "OPENING_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_seq")
  private Long id;

  @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
  private long organisationId;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OpeningStatus status;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "PUBLISHED_AT")
  private Instant publishedAt;

  @Version private long version;

  protected Opening() {}

  public Opening(long organisationId, String title, String description, Instant createdAt) {
    this.organisationId = organisationId;
    this.title = Objects.requireNonNull(title);
    this.description = description;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.status = OpeningStatus.DRAFT;
  }

  /** Publishes a draft; the caller has checked that the organisation is verified. */
  public void publish(Instant at) {
    requireDraft("Only drafts can be published.");
    status = OpeningStatus.PUBLISHED;
    publishedAt = Objects.requireNonNull(at);
  }

  /** Changes the wording of a draft; published text stays as job seekers saw it. */
  public void revise(String newTitle, String newDescription) {
    requireDraft("Only drafts can be changed.");
    title = Objects.requireNonNull(newTitle);
    description = newDescription;
  }

  /** Refuses, with {@code why}, anything that only drafts may do. */
  public void requireDraft(String why) {
    if (status != OpeningStatus.DRAFT) {
      throw new InvalidOpeningState(why);
    }
  }

  public boolean belongsTo(Long organisation) {
    return organisation != null && organisation == organisationId;
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public OpeningStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
