package org.talentbruecke.contact.domain;

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
import java.util.UUID;

/**
 * One attempt to get in touch about one opening: an employer asks to contact an anonymised
 * candidate, or a job seeker shows interest. The side that did not start it accepts or declines;
 * the job seeker may withdraw a pending or accepted request at any time. The state machine is here;
 * who may see what at each state is {@link Disclosure}.
 *
 * <pre>
 *   PENDING ──accept (other side)──▶ ACCEPTED ──withdraw (job seeker)──▶ WITHDRAWN
 *      │  └──decline (other side)──▶ DECLINED
 *      └──withdraw (job seeker)──────────────────────────────────────▶ WITHDRAWN
 * </pre>
 *
 * <p>The contact details the job seeker shares are chosen when they consent: when accepting an
 * employer's request, or when showing interest (the employer's acceptance then discloses them).
 */
@Entity
@Table(name = "CONTACT_REQUEST")
@NamedQuery(
    name = "ContactRequest.byPublicId",
    query = "SELECT r FROM ContactRequest r WHERE r.publicId = :publicId")
@NamedQuery(
    name = "ContactRequest.bySeeker",
    query =
        "SELECT r FROM ContactRequest r WHERE r.seekerAccountId = :account"
            + " ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(
    name = "ContactRequest.byOrganisation",
    query =
        "SELECT r FROM ContactRequest r WHERE r.organisationId = :organisation"
            + " ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(
    name = "ContactRequest.byOpeningAndSeeker",
    query =
        "SELECT r FROM ContactRequest r WHERE r.openingId = :opening"
            + " AND r.seekerAccountId = :account ORDER BY r.createdAt DESC, r.id DESC")
public class ContactRequest {
  public static final int MAX_MESSAGE = 500;
  public static final int MAX_DETAIL = 200;

  @Id
  @SequenceGenerator(
      name = "contact_request_seq",
      sequenceName = "CONTACT_REQUEST_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_request_seq")
  private Long id;

  @Column(name = "PUBLIC_ID", nullable = false, updatable = false, length = 36)
  private String publicId;

  @Column(name = "OPENING_ID", nullable = false, updatable = false)
  private long openingId;

  @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
  private long organisationId;

  @Column(name = "SEEKER_ACCOUNT_ID", nullable = false, updatable = false)
  private long seekerAccountId;

  @Column(name = "PROFILE_ID", nullable = false, updatable = false)
  private long profileId;

  @Column(nullable = false, updatable = false, length = 9)
  private String handle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Side initiator;

  @Column(name = "REQUESTED_BY")
  private Long requestedBy;

  @Column(length = MAX_MESSAGE, updatable = false)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ContactState state;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "ANSWERED_AT")
  private Instant answeredAt;

  @Column(name = "ANSWERED_BY")
  private Long answeredBy;

  @Column(name = "WITHDRAWN_AT")
  private Instant withdrawnAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "SHARED_CHANNEL", length = 10)
  private ContactChannel sharedChannel;

  @Column(name = "SHARED_DETAIL", length = MAX_DETAIL)
  private String sharedDetail;

  @Version private long version;

  protected ContactRequest() {}

  private ContactRequest(
      long openingId,
      long organisationId,
      long seekerAccountId,
      long profileId,
      String handle,
      Side initiator,
      long requestedBy,
      String message,
      Instant at) {
    this.publicId = UUID.randomUUID().toString();
    this.openingId = openingId;
    this.organisationId = organisationId;
    this.seekerAccountId = seekerAccountId;
    this.profileId = profileId;
    this.handle = Objects.requireNonNull(handle, "handle");
    this.initiator = initiator;
    this.requestedBy = requestedBy;
    this.message = message == null || message.isBlank() ? null : message;
    this.state = ContactState.PENDING;
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /** An employer's user asks to contact the candidate behind {@code handle}. */
  public static ContactRequest askedByEmployer(
      long openingId,
      long organisationId,
      long seekerAccountId,
      long profileId,
      String handle,
      long employerAccountId,
      String message,
      Instant at) {
    return new ContactRequest(
        openingId,
        organisationId,
        seekerAccountId,
        profileId,
        handle,
        Side.EMPLOYER,
        employerAccountId,
        message,
        at);
  }

  /**
   * A job seeker shows interest in an opening and says already how the employer may reach them if
   * the employer accepts.
   */
  public static ContactRequest interestShown(
      long openingId,
      long organisationId,
      long seekerAccountId,
      long profileId,
      String handle,
      String message,
      ContactChannel channel,
      String detail,
      Instant at) {
    ContactRequest request =
        new ContactRequest(
            openingId,
            organisationId,
            seekerAccountId,
            profileId,
            handle,
            Side.SEEKER,
            seekerAccountId,
            message,
            at);
    request.share(channel, detail);
    return request;
  }

  /**
   * The side that did not start the request accepts it. The job seeker names the contact details to
   * share (required then); an employer accepting an interest passes null and discloses what the job
   * seeker chose when showing interest.
   *
   * @throws NotYourSide when the side that started the request tries to answer it
   * @throws ContactConflict when the request is no longer pending
   */
  public void accept(Side by, long accountId, ContactChannel channel, String detail, Instant at) {
    requireAnswerableBy(by);
    if (by == Side.SEEKER) {
      share(channel, detail);
    }
    state = ContactState.ACCEPTED;
    answeredAt = at;
    answeredBy = accountId;
  }

  /** The side that did not start the request declines it; same rules as {@link #accept}. */
  public void decline(Side by, long accountId, Instant at) {
    requireAnswerableBy(by);
    state = ContactState.DECLINED;
    answeredAt = at;
    answeredBy = accountId;
  }

  /**
   * The job seeker takes the request back; shared contact details are forgotten at once.
   *
   * @throws NotYourSide for the employer: only the job seeker withdraws
   * @throws ContactConflict when the request is already withdrawn or was declined
   */
  public void withdraw(Side by, Instant at) {
    if (by != Side.SEEKER) {
      throw new NotYourSide("Only the job seeker can withdraw a contact request.");
    }
    if (state == ContactState.WITHDRAWN) {
      throw new ContactConflict("alreadyWithdrawn", "This contact request is already withdrawn.");
    }
    if (state == ContactState.DECLINED) {
      throw new ContactConflict("alreadyDeclined", "This contact request was declined.");
    }
    state = ContactState.WITHDRAWN;
    withdrawnAt = at;
    sharedChannel = null;
    sharedDetail = null;
  }

  private void requireAnswerableBy(Side by) {
    if (by == initiator) {
      throw new NotYourSide("You sent this request; the other side answers it.");
    }
    if (state != ContactState.PENDING) {
      throw new ContactConflict(
          state == ContactState.WITHDRAWN ? "alreadyWithdrawn" : "alreadyAnswered",
          "This contact request was already " + state.name().toLowerCase() + ".");
    }
  }

  private void share(ContactChannel channel, String detail) {
    Objects.requireNonNull(channel, "channel");
    sharedChannel = channel;
    sharedDetail = channel.needsDetail() ? detail : null;
  }

  /** The side that answers this request. */
  public Side answeringSide() {
    return initiator.other();
  }

  /** An employer's user who asked or answered is gone (their account was erased). */
  public void forgetEmployerAccount(long accountId) {
    if (initiator == Side.EMPLOYER && requestedBy != null && requestedBy == accountId) {
      requestedBy = null;
    }
    if (answeredBy != null && answeredBy == accountId && initiator == Side.SEEKER) {
      answeredBy = null;
    }
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public long getOpeningId() {
    return openingId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public long getSeekerAccountId() {
    return seekerAccountId;
  }

  public long getProfileId() {
    return profileId;
  }

  public String getHandle() {
    return handle;
  }

  public Side getInitiator() {
    return initiator;
  }

  public Long getRequestedBy() {
    return requestedBy;
  }

  public String getMessage() {
    return message;
  }

  public ContactState getState() {
    return state;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Long getAnsweredBy() {
    return answeredBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public ContactChannel getSharedChannel() {
    return sharedChannel;
  }

  public String getSharedDetail() {
    return sharedDetail;
  }
}
