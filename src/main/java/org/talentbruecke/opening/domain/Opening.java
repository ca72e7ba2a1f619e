package org.talentbruecke.opening.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;

/**
 * A job or apprenticeship an organisation offers; aggregate root of its requirements.
 *
 * <p>Life cycle: created as a {@link OpeningStatus#DRAFT} that only its organisation sees;
 * published by a user of a verified organisation, after the fair job-ad check; visible for {@link
 * #RUNTIME} and then expired; closed earlier by the employer, or unpublished by staff with a reason
 * (both end as {@link OpeningStatus#CLOSED}). Drafts and published openings change (a published one
 * only after the fair job-ad check, its earlier text kept as an {@link OpeningVersion}); a
 * published one can run longer ({@link #extendUntil}); a closed one never changes again but can be
 * copied into a new draft ({@link #reopenAsDraft}); only drafts are deleted. The organisation is
 * referenced by id and never changes.
 */
@Entity
@Table(name = "OPENING")
@NamedQuery(
    name = "Opening.byOrganisation",
    query =
        "SELECT o FROM Opening o WHERE o.organisationId = :organisationId ORDER BY o.createdAt DESC")
public class Opening {
  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 20_000;
  public static final int MAX_CLOSE_REASON = 1000;

  /** How long a published opening stays visible unless the employer closes it earlier. */
  public static final Duration RUNTIME = Duration.ofDays(60);

  private static final OpeningDetails.Terms DEFAULT_TERMS =
      new OpeningDetails.Terms(1, null, null, null, null, null, null, OpeningKind.JOB);
  private static final OpeningDetails.Offers NO_OFFERS =
      new OpeningDetails.Offers(false, false, false, false);

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

  @Column(name = "EXPIRES_AT")
  private Instant expiresAt;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  @Column(name = "CLOSED_BY")
  private Long closedBy;

  @Column(name = "CLOSE_REASON", length = MAX_CLOSE_REASON)
  private String closeReason;

  @Embedded
  private OpeningDetails details =
      new OpeningDetails(DEFAULT_TERMS, new CefrSkillLevels(), NO_OFFERS);

  @Embedded private OpeningRequirements requirements = new OpeningRequirements();

  @ElementCollection
  @CollectionTable(name = "OPENING_SKILL", joinColumns = @JoinColumn(name = "OPENING_ID"))
  private List<RequiredSkill> skills = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "OPENING_LANGUAGE", joinColumns = @JoinColumn(name = "OPENING_ID"))
  private List<WantedLanguage> languages = new ArrayList<>();

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
    expiresAt = at.plus(RUNTIME);
  }

  /** Ends a published opening; {@code reason} is required when staff unpublish it, else null. */
  public void close(Instant at, long byAccount, String reason) {
    if (status != OpeningStatus.PUBLISHED) {
      throw new InvalidOpeningState("Only published openings can be closed.");
    }
    status = OpeningStatus.CLOSED;
    closedAt = Objects.requireNonNull(at);
    closedBy = byAccount;
    closeReason = reason;
  }

  /**
   * The last day (in the region) the employer may choose when extending: as far ahead as a new
   * publication runs.
   */
  public static final Duration MAX_EXTENSION = RUNTIME;

  /**
   * Lets a published opening run until the end of {@code lastDay} (in {@code zone}); {@code today}
   * is the employer's today there. The day must be after today and at most {@link #MAX_EXTENSION}
   * ahead; an expired opening comes back online this way.
   *
   * @throws ExpiryOutOfRange with what is wrong with the day
   */
  public void extendUntil(java.time.LocalDate lastDay, java.time.LocalDate today, ZoneId zone) {
    if (status != OpeningStatus.PUBLISHED) {
      throw new InvalidOpeningState("Only published openings can be extended.");
    }
    ExpiryOutOfRange.check(lastDay, today);
    expiresAt = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * A new draft with this closed opening's text, terms and requirements; this one stays closed.
   * Candidates, contacts and findings belong to the closed opening and are not copied.
   */
  public Opening reopenAsDraft(Instant at) {
    if (status != OpeningStatus.CLOSED) {
      throw new InvalidOpeningState("Only closed openings can be reopened.");
    }
    Opening copy = new Opening(organisationId, title, description, at);
    copy.details = details == null ? null : details.copy();
    copy.revise(getRequirements().copy());
    return copy;
  }

  /** Refuses to delete anything but a draft: published and closed openings have a history. */
  public void requireDeletable() {
    requireDraft("Only drafts can be deleted.");
  }

  /** Drafts and published openings can be corrected; closed ones stay as they ended. */
  public boolean isEditable() {
    return status == OpeningStatus.DRAFT || status == OpeningStatus.PUBLISHED;
  }

  /** Refuses, with {@code why}, a change to a closed opening. */
  public void requireEditable(String why) {
    if (!isEditable()) {
      throw new InvalidOpeningState(why);
    }
  }

  /** Published, but past its runtime: job seekers no longer see it. */
  public boolean isExpired(Instant now) {
    return status == OpeningStatus.PUBLISHED && expiresAt != null && !now.isBefore(expiresAt);
  }

  /** Published, still visible, and gone within {@code window}: the employer should be reminded. */
  public boolean expiresWithin(Instant now, Duration window) {
    return status == OpeningStatus.PUBLISHED
        && !isExpired(now)
        && expiresAt != null
        && expiresAt.isBefore(now.plus(window));
  }

  /** Replaces the structured details of a draft or of a published opening. */
  public void revise(OpeningDetails newDetails) {
    requireEditable("Closed openings cannot be changed.");
    details = Objects.requireNonNull(newDetails);
  }

  /**
   * Replaces what a draft asks of candidates: occupation, skills, experience, qualification,
   * languages.
   */
  public void revise(Requirements newRequirements) {
    requireEditable("Closed openings cannot be changed.");
    requirements = newRequirements.basics();
    // Cleared and refilled, not replaced: JPA tracks changes on the collections it loaded.
    skills.clear();
    skills.addAll(newRequirements.skills());
    languages.clear();
    languages.addAll(newRequirements.languages());
  }

  /**
   * Changes the wording of a draft or a published opening; for a published one the application runs
   * the fair job-ad check and keeps the earlier text first.
   */
  public void revise(String newTitle, String newDescription) {
    requireEditable("Closed openings cannot be changed.");
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

  public OpeningDetails getDetails() {
    return details;
  }

  public Requirements getRequirements() {
    return new Requirements(
        requirements == null ? new OpeningRequirements() : requirements, skills, languages);
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getCloseReason() {
    return closeReason;
  }
}
