package org.talentbruecke.contact.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.talentbruecke.contact.domain.ContactChannel;
import org.talentbruecke.contact.domain.ContactConflict;
import org.talentbruecke.contact.domain.ContactRequest;
import org.talentbruecke.contact.domain.ContactRequestRepository;
import org.talentbruecke.contact.domain.ContactState;
import org.talentbruecke.contact.domain.Disclosure;
import org.talentbruecke.contact.domain.ProfileVisibility;
import org.talentbruecke.contact.domain.Side;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.NotFound;

/**
 * Contact on consent (issue 12): an employer asks to contact an anonymised candidate for an
 * opening, a job seeker shows interest in an opening; the other side accepts or declines; the job
 * seeker may withdraw. Every method takes the caller's account id and checks here, not in the
 * pages, that the caller is a party and on the right side, and every read applies staged disclosure
 * ({@link Disclosure}) from the profile's visibility now and the request's state.
 *
 * <p>Someone else's request, an unknown id and a request of another organisation all answer {@link
 * NotFound}, so ids cannot be probed.
 */
@ApplicationScoped
public class ContactService {
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{6,30}");

  @Inject private ContactRequestRepository requests;
  @Inject private ContactParties parties;
  @Inject private ContactOpenings openings;
  @Inject private SeekerProfiles profiles;
  @Inject private ContactMatches matches;
  @Inject private ContactPipeline pipeline;
  @Inject private ContactMails mails;
  @Inject private Event<ContactEvent> events;
  @Inject private Clock clock;

  /** For CDI. */
  protected ContactService() {}

  /** For tests without a container. */
  ContactService(
      ContactRequestRepository requests,
      ContactParties parties,
      ContactOpenings openings,
      SeekerProfiles profiles,
      ContactMatches matches,
      ContactPipeline pipeline,
      ContactMails mails,
      Event<ContactEvent> events,
      Clock clock) {
    this.requests = requests;
    this.parties = parties;
    this.openings = openings;
    this.profiles = profiles;
    this.matches = matches;
    this.pipeline = pipeline;
    this.mails = mails;
    this.events = events;
    this.clock = clock;
  }

  /**
   * An employer's user asks to contact the candidate behind {@code handle} for one of their
   * organisation's openings, with a short message.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure naming {@code message} (1..500
   *     characters, no angle brackets) or {@code handle}
   * @throws NotFound for another organisation's or no opening, an unknown handle, or a person who
   *     does not let verified employers see the profile (indistinguishable on purpose)
   * @throws ContactConflict when the opening is not published (closed, expired, draft), the
   *     organisation is not verified, or a request for this person and opening exists already
   */
  @Transactional
  public ContactView askToContact(
      long employerAccountId, long openingId, String handle, String message) {
    ContactParties.Party employer = employer(employerAccountId);
    String text = message == null ? null : message.strip();
    FieldChecks checks = new FieldChecks().text("message", text, ContactRequest.MAX_MESSAGE);
    if (handle == null || handle.isBlank()) {
      checks.add("handle", "validation.required");
    }
    checks.throwIfAny();
    ContactOpenings.OpeningFacts opening =
        openings
            .find(openingId)
            .filter(o -> o.organisationId() == employer.organisationId())
            .orElseThrow(() -> new NotFound("Opening"));
    requireOpen(opening);
    if (!opening.organisationVerified()) {
      throw new ContactConflict(
          "notVerified", "Your organisation must be verified before you contact candidates.");
    }
    SeekerProfiles.SeekerProfile seeker =
        profiles
            .accountBehind(handle.strip())
            .flatMap(profiles::ofAccount)
            .filter(p -> p.visibility() == ProfileVisibility.ANONYMOUS_TO_VERIFIED_EMPLOYERS)
            .orElseThrow(() -> new NotFound("Candidate"));
    requireNoOpenRequest(openingId, seeker.accountId(), false);
    ContactRequest request =
        requests.store(
            ContactRequest.askedByEmployer(
                openingId,
                opening.organisationId(),
                seeker.accountId(),
                seeker.profileId(),
                seeker.handle(),
                employerAccountId,
                text,
                clock.instant()));
    pipeline.contacted(openingId, seeker.profileId());
    parties
        .of(seeker.accountId())
        .ifPresent(p -> mails.requestReceived(p, opening.organisationName(), opening.title()));
    events.fire(
        new ContactRequested(
            request.getPublicId(),
            employerAccountId,
            seeker.accountId(),
            opening.organisationId(),
            openingId,
            Side.EMPLOYER));
    return viewFor(request, Side.EMPLOYER, opening, seeker);
  }

  /**
   * A job seeker shows interest in a published opening: the anonymised profile is shared with the
   * opening's organisation, and the contact details chosen here are disclosed if it accepts.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure naming {@code message} (at most
   *     500 characters), {@code channel} or {@code detail} (the phone number or the counsellor)
   * @throws NotFound when there is no such opening
   * @throws ContactConflict when the opening is closed, the profile is hidden or missing, or an
   *     open request for this opening exists already
   */
  @Transactional
  public ContactView showInterest(
      long seekerAccountId, long openingId, String message, ContactChannel channel, String detail) {
    seeker(seekerAccountId);
    String text = message == null || message.isBlank() ? null : message.strip();
    FieldChecks checks = new FieldChecks();
    if (text != null) {
      checks.text("message", text, ContactRequest.MAX_MESSAGE);
    }
    String shared = checkChannel(checks, channel, detail);
    checks.throwIfAny();
    ContactOpenings.OpeningFacts opening =
        openings.find(openingId).orElseThrow(() -> new NotFound("Opening"));
    requireOpen(opening);
    SeekerProfiles.SeekerProfile profile =
        profiles
            .ofAccount(seekerAccountId)
            .orElseThrow(
                () -> new ContactConflict("noProfile", "Save your profile before you do this."));
    if (profile.visibility() == ProfileVisibility.HIDDEN) {
      throw new ContactConflict(
          "profileHidden", "Your profile is hidden. Change who may see it first.");
    }
    requireNoOpenRequest(openingId, seekerAccountId, true);
    ContactRequest request =
        requests.store(
            ContactRequest.interestShown(
                openingId,
                opening.organisationId(),
                seekerAccountId,
                profile.profileId(),
                profile.handle(),
                text,
                channel,
                shared,
                clock.instant()));
    pipeline.suggested(openingId, profile.profileId());
    mails.interestReceived(
        parties.ofOrganisation(opening.organisationId()), profile.handle(), opening.title());
    events.fire(
        new ContactRequested(
            request.getPublicId(),
            seekerAccountId,
            seekerAccountId,
            opening.organisationId(),
            openingId,
            Side.SEEKER));
    return viewFor(request, Side.SEEKER, opening, profile);
  }

  /**
   * Accepts a pending request of the other side. The job seeker names what to share ({@code
   * channel}, and {@code detail} for a phone number or a counsellor); an employer passes nulls.
   *
   * @throws NotFound when the caller is no party to the request
   * @throws org.talentbruecke.contact.domain.NotYourSide when the caller started the request
   * @throws ContactConflict when it is not pending any more (accepting twice)
   */
  @Transactional
  public ContactView accept(
      long accountId, String requestId, ContactChannel channel, String detail) {
    Party caller = party(accountId);
    ContactRequest request = ownRequest(caller, requestId);
    String shared = null;
    if (caller.side() == Side.SEEKER && request.getInitiator() == Side.EMPLOYER) {
      FieldChecks checks = new FieldChecks();
      shared = checkChannel(checks, channel, detail);
      checks.throwIfAny();
    }
    request.accept(caller.side(), accountId, channel, shared, clock.instant());
    requests.store(request);
    pipeline.contacted(request.getOpeningId(), request.getProfileId());
    answered(request, accountId, true);
    return view(request, caller.side());
  }

  /** Declines a pending request of the other side; same rules as {@link #accept}. */
  @Transactional
  public ContactView decline(long accountId, String requestId) {
    Party caller = party(accountId);
    ContactRequest request = ownRequest(caller, requestId);
    request.decline(caller.side(), accountId, clock.instant());
    requests.store(request);
    answered(request, accountId, false);
    return view(request, caller.side());
  }

  /**
   * The job seeker withdraws a pending or accepted request; the employer stops seeing the contact
   * details (and the card, unless the profile is visible to employers anyway) at once.
   *
   * @throws NotFound when the caller is no party to the request
   * @throws org.talentbruecke.contact.domain.NotYourSide for the employer's side
   * @throws ContactConflict when already withdrawn or declined
   */
  @Transactional
  public ContactView withdraw(long accountId, String requestId) {
    Party caller = party(accountId);
    ContactRequest request = ownRequest(caller, requestId);
    request.withdraw(caller.side(), clock.instant());
    requests.store(request);
    events.fire(
        new ContactWithdrawn(
            request.getPublicId(),
            accountId,
            request.getSeekerAccountId(),
            request.getOrganisationId(),
            request.getOpeningId()));
    return view(request, caller.side());
  }

  /**
   * Every request of the caller's side (the job seeker's own, or the organisation's), newest first.
   */
  @Transactional
  public List<ContactView> mine(long accountId) {
    Party caller = party(accountId);
    List<ContactRequest> found =
        caller.side() == Side.SEEKER
            ? requests.findBySeeker(accountId)
            : requests.findByOrganisation(caller.party().organisationId());
    return found.stream().map(r -> view(r, caller.side())).toList();
  }

  /** One request of the caller's side. */
  @Transactional
  public ContactView one(long accountId, String requestId) {
    Party caller = party(accountId);
    return view(ownRequest(caller, requestId), caller.side());
  }

  /**
   * The caller's requests about one opening (the job seeker's for an opening page), newest first;
   * empty for other roles.
   */
  @Transactional
  public List<ContactView> forOpening(long accountId, long openingId) {
    Optional<ContactParties.Party> party = parties.of(accountId);
    if (party.isEmpty() || !party.get().isSeeker()) {
      return List.of();
    }
    return requests.findByOpeningAndSeeker(openingId, accountId).stream()
        .map(r -> view(r, Side.SEEKER))
        .toList();
  }

  /**
   * What an employer sees before asking: the opening, the candidate's anonymised card and any
   * earlier request of the organisation for this person and opening. Same checks as {@link
   * #askToContact} for the opening and the candidate (a closed opening is allowed here: the page
   * then says why it cannot ask).
   *
   * @throws NotFound for another organisation's or no opening, or a candidate not visible to
   *     employers
   */
  @Transactional
  public Preview previewAsk(long employerAccountId, long openingId, String handle) {
    ContactParties.Party employer = employer(employerAccountId);
    ContactOpenings.OpeningFacts opening =
        openings
            .find(openingId)
            .filter(o -> o.organisationId() == employer.organisationId())
            .orElseThrow(() -> new NotFound("Opening"));
    SeekerProfiles.SeekerProfile seeker =
        Optional.ofNullable(handle)
            .map(String::strip)
            .flatMap(profiles::accountBehind)
            .flatMap(profiles::ofAccount)
            .filter(p -> p.visibility() == ProfileVisibility.ANONYMOUS_TO_VERIFIED_EMPLOYERS)
            .orElseThrow(() -> new NotFound("Candidate"));
    List<ContactView> earlier =
        requests.findByOpeningAndSeeker(openingId, seeker.accountId()).stream()
            .map(r -> viewFor(r, Side.EMPLOYER, opening, seeker))
            .toList();
    return new Preview(
        opening.id(),
        opening.title(),
        opening.organisationName(),
        opening.open(),
        seeker.handle(),
        matches.card(seeker.accountId(), openingId).orElse(null),
        earlier,
        seeker.visibility());
  }

  /**
   * What a job seeker sees before showing interest: the opening, their own match card, their
   * earlier requests for it and their profile's visibility (a hidden profile cannot show interest).
   *
   * @throws NotFound when there is no such published opening
   */
  @Transactional
  public Preview previewInterest(long seekerAccountId, long openingId) {
    seeker(seekerAccountId);
    ContactOpenings.OpeningFacts opening =
        openings
            .find(openingId)
            .filter(ContactOpenings.OpeningFacts::open)
            .orElseThrow(() -> new NotFound("Opening"));
    SeekerProfiles.SeekerProfile profile = profiles.ofAccount(seekerAccountId).orElse(null);
    List<ContactView> earlier =
        requests.findByOpeningAndSeeker(openingId, seekerAccountId).stream()
            .map(r -> viewFor(r, Side.SEEKER, opening, profile))
            .toList();
    return new Preview(
        opening.id(),
        opening.title(),
        opening.organisationName(),
        opening.open(),
        profile == null ? null : profile.handle(),
        profile == null ? null : matches.card(seekerAccountId, openingId).orElse(null),
        earlier,
        profile == null ? ProfileVisibility.HIDDEN : profile.visibility());
  }

  /**
   * The page before a request.
   *
   * @param card the anonymised match card, null when matching cannot compare them
   * @param earlier earlier requests for this person and opening, newest first
   * @param visibility the profile's visibility now (HIDDEN also when there is no profile)
   */
  public record Preview(
      long openingId,
      String openingTitle,
      String organisationName,
      boolean openingOpen,
      String handle,
      org.talentbruecke.matching.domain.MatchCard card,
      List<ContactView> earlier,
      ProfileVisibility visibility) {
    /** The open request (pending or accepted), if any. */
    public Optional<ContactView> openRequest() {
      return earlier.stream().filter(v -> v.state().isOpen()).findFirst();
    }
  }

  // ---- rules ---------------------------------------------------------------------------------

  private record Party(ContactParties.Party party, Side side) {}

  private Party party(long accountId) {
    ContactParties.Party party =
        parties.of(accountId).orElseThrow(() -> new NotFound("Contact request"));
    if (party.isSeeker()) {
      return new Party(party, Side.SEEKER);
    }
    if (party.isEmployer()) {
      return new Party(party, Side.EMPLOYER);
    }
    throw new NotFound("Contact request");
  }

  private ContactParties.Party employer(long accountId) {
    return parties
        .of(accountId)
        .filter(ContactParties.Party::isEmployer)
        .orElseThrow(() -> new NotFound("Organisation"));
  }

  private ContactParties.Party seeker(long accountId) {
    return parties
        .of(accountId)
        .filter(ContactParties.Party::isSeeker)
        .orElseThrow(() -> new NotFound("Profile"));
  }

  /** The request, if the caller is a party to it; otherwise not found, as if it did not exist. */
  private ContactRequest ownRequest(Party caller, String requestId) {
    if (requestId == null || requestId.length() != 36) {
      throw new NotFound("Contact request");
    }
    return requests
        .findByPublicId(requestId)
        .filter(
            r ->
                caller.side() == Side.SEEKER
                    ? r.getSeekerAccountId() == caller.party().accountId()
                    : r.getOrganisationId() == caller.party().organisationId())
        .orElseThrow(() -> new NotFound("Contact request"));
  }

  private static void requireOpen(ContactOpenings.OpeningFacts opening) {
    if (!opening.open()) {
      throw new ContactConflict("openingClosed", "The opening is not published (any more).");
    }
  }

  /**
   * At most one open request per person and opening. An employer may not ask again once the person
   * declined or withdrew (their answer stands); the job seeker may show interest again.
   */
  private void requireNoOpenRequest(long openingId, long seekerAccountId, boolean bySeeker) {
    for (ContactRequest r : requests.findByOpeningAndSeeker(openingId, seekerAccountId)) {
      if (r.getState().isOpen()) {
        throw new ContactConflict(
            "exists", "There is already a contact request for this person and opening.");
      }
      if (!bySeeker) {
        throw new ContactConflict(
            "answered", "This person has already answered a request for this opening.");
      }
    }
  }

  /** Checks the chosen channel; returns the detail to store (stripped), null for e-mail. */
  private static String checkChannel(FieldChecks checks, ContactChannel channel, String detail) {
    if (channel == null) {
      checks.add("channel", "validation.required");
      return null;
    }
    if (!channel.needsDetail()) {
      return null;
    }
    String text = detail == null ? null : detail.strip();
    checks.text("detail", text, ContactRequest.MAX_DETAIL);
    if (!checks.hasErrorFor("detail")
        && channel == ContactChannel.PHONE
        && !PHONE.matcher(text).matches()) {
      checks.add("detail", "contact.validation.phone");
    }
    return text;
  }

  private void answered(ContactRequest request, long accountId, boolean accepted) {
    ContactOpenings.OpeningFacts opening = openings.find(request.getOpeningId()).orElse(null);
    String title = opening == null ? "" : opening.title();
    if (request.getInitiator() == Side.EMPLOYER) {
      List<ContactParties.Party> to =
          request.getRequestedBy() == null
              ? parties.ofOrganisation(request.getOrganisationId())
              : parties.of(request.getRequestedBy()).stream().toList();
      mails.answeredToEmployer(to, accepted, request.getHandle(), title);
    } else {
      String organisation = opening == null ? "" : opening.organisationName();
      parties
          .of(request.getSeekerAccountId())
          .ifPresent(p -> mails.answeredToSeeker(p, accepted, organisation, title));
    }
    events.fire(
        new ContactAnswered(
            request.getPublicId(),
            accountId,
            request.getSeekerAccountId(),
            request.getOrganisationId(),
            request.getOpeningId(),
            accepted));
  }

  // ---- reading with staged disclosure --------------------------------------------------------

  private ContactView view(ContactRequest request, Side viewer) {
    ContactOpenings.OpeningFacts opening = openings.find(request.getOpeningId()).orElse(null);
    SeekerProfiles.SeekerProfile profile =
        profiles.ofAccount(request.getSeekerAccountId()).orElse(null);
    return viewFor(request, viewer, opening, profile);
  }

  private ContactView viewFor(
      ContactRequest request,
      Side viewer,
      ContactOpenings.OpeningFacts opening,
      SeekerProfiles.SeekerProfile profile) {
    ProfileVisibility visibility =
        profile == null ? ProfileVisibility.HIDDEN : profile.visibility();
    Disclosure disclosure =
        viewer == Side.SEEKER
            ? Disclosure.CONTACT
            : Disclosure.toEmployer(request.getState(), request.getInitiator(), visibility);
    boolean cardShown =
        disclosure.showsProfile() && (viewer == Side.EMPLOYER || request.getState().isOpen());
    return new ContactView(
        request.getPublicId(),
        viewer,
        request.getOpeningId(),
        opening == null ? "" : opening.title(),
        opening == null ? "" : opening.organisationName(),
        request.getHandle(),
        request.getInitiator(),
        request.getState(),
        request.getMessage(),
        request.getCreatedAt(),
        request.getAnsweredAt(),
        request.getWithdrawnAt(),
        disclosure,
        cardShown && profile != null
            ? matches.card(request.getSeekerAccountId(), request.getOpeningId()).orElse(null)
            : null,
        contactFor(request, viewer, disclosure));
  }

  private ContactView.SharedContact contactFor(
      ContactRequest request, Side viewer, Disclosure disclosure) {
    if (request.getSharedChannel() == null
        || !disclosure.showsContact()
        || (viewer == Side.EMPLOYER && request.getState() != ContactState.ACCEPTED)) {
      return null;
    }
    ContactParties.Party seeker = parties.of(request.getSeekerAccountId()).orElse(null);
    if (seeker == null) {
      return null;
    }
    ContactChannel channel = request.getSharedChannel();
    return new ContactView.SharedContact(
        seeker.name(),
        channel,
        channel == ContactChannel.EMAIL ? seeker.email() : null,
        request.getSharedDetail());
  }
}
