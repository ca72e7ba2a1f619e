package org.talentbruecke.contact.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbruecke.contact.domain.ContactChannel;
import org.talentbruecke.contact.domain.ContactConflict;
import org.talentbruecke.contact.domain.ContactRequest;
import org.talentbruecke.contact.domain.ContactRequestRepository;
import org.talentbruecke.contact.domain.ContactState;
import org.talentbruecke.contact.domain.Disclosure;
import org.talentbruecke.contact.domain.NotYourSide;
import org.talentbruecke.contact.domain.ProfileVisibility;
import org.talentbruecke.contact.domain.Side;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchTier;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.OutgoingMail;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * The contact flow without a container: who may do what, what each side sees at each step, the
 * pipeline, the mails in the receiver's language and the events.
 */
class ContactServiceTest {
  private static final long EMPLOYER = 1;
  private static final long COLLEAGUE = 2;
  private static final long OTHER_EMPLOYER = 3;
  private static final long SEEKER = 10;
  private static final long STAFF = 20;
  private static final long OPENING = 100;
  private static final long CLOSED_OPENING = 101;
  private static final long OTHER_OPENING = 102;
  private static final String HANDLE = "7F3K-9QXZ";

  private final Map<Long, ContactParties.Party> accounts = new HashMap<>();
  private final Map<Long, ContactOpenings.OpeningFacts> openings = new HashMap<>();
  private final Map<Long, SeekerProfiles.SeekerProfile> profiles = new HashMap<>();
  private final List<String> pipeline = new ArrayList<>();
  private final List<OutgoingMail> mails = new ArrayList<>();
  private final List<ContactEvent> events = new ArrayList<>();
  private final Repository repository = new Repository();
  private ContactService service;

  @BeforeEach
  void setUp() {
    accounts.put(EMPLOYER, party(EMPLOYER, "EMPLOYER", 50L, "Erika Betrieb", "de"));
    accounts.put(COLLEAGUE, party(COLLEAGUE, "EMPLOYER", 50L, "Kollege", "en"));
    accounts.put(OTHER_EMPLOYER, party(OTHER_EMPLOYER, "EMPLOYER", 60L, "Fremd", "de"));
    accounts.put(SEEKER, party(SEEKER, "JOB_SEEKER", null, "Olena Testowa", "uk"));
    accounts.put(STAFF, party(STAFF, "STAFF", null, "Staff", "de"));
    openings.put(
        OPENING, new ContactOpenings.OpeningFacts(OPENING, 50, "Pflege", "Haus Linde", true, true));
    openings.put(
        CLOSED_OPENING,
        new ContactOpenings.OpeningFacts(CLOSED_OPENING, 50, "Alt", "Haus Linde", false, true));
    openings.put(
        OTHER_OPENING,
        new ContactOpenings.OpeningFacts(OTHER_OPENING, 60, "Lager", "Fremd GmbH", true, true));
    visibility(ProfileVisibility.ANONYMOUS_TO_VERIFIED_EMPLOYERS);
    ContactParties parties =
        new ContactParties() {
          @Override
          public Optional<Party> of(long accountId) {
            return Optional.ofNullable(accounts.get(accountId));
          }

          @Override
          public List<Party> ofOrganisation(long organisationId) {
            return accounts.values().stream()
                .filter(p -> Long.valueOf(organisationId).equals(p.organisationId()))
                .toList();
          }
        };
    SeekerProfiles seekers =
        new SeekerProfiles() {
          @Override
          public Optional<SeekerProfile> ofAccount(long accountId) {
            return Optional.ofNullable(profiles.get(accountId));
          }

          @Override
          public Optional<Long> accountBehind(String handle) {
            return HANDLE.equals(handle) ? Optional.of(SEEKER) : Optional.empty();
          }
        };
    ContactPipeline stages =
        new ContactPipeline() {
          @Override
          public void suggested(long openingId, long profileId) {
            pipeline.add("SUGGESTED " + openingId + "/" + profileId);
          }

          @Override
          public void contacted(long openingId, long profileId) {
            pipeline.add("CONTACTED " + openingId + "/" + profileId);
          }
        };
    service =
        new ContactService(
            repository,
            parties,
            id -> Optional.ofNullable(openings.get(id)),
            seekers,
            (seeker, opening) ->
                Optional.of(
                    new MatchCard(
                        HANDLE,
                        Long.toString(opening),
                        MatchTier.FULL,
                        800,
                        List.of(),
                        List.of(),
                        "test")),
            stages,
            new ContactMails(mails::add, "https://tb.example/"),
            new Recorded(),
            Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
  }

  private static ContactParties.Party party(
      long id, String role, Long organisation, String name, String language) {
    return new ContactParties.Party(
        id,
        role,
        organisation,
        name,
        name.replace(' ', '.') + "@example.org",
        Locale.forLanguageTag(language));
  }

  private void visibility(ProfileVisibility visibility) {
    profiles.put(SEEKER, new SeekerProfiles.SeekerProfile(SEEKER, 1000, HANDLE, visibility));
  }

  @Test
  void anEmployerAsksTheJobSeekerAcceptsAndOnlyThenTheEmployerSeesNameAndContact() {
    ContactView asked = service.askToContact(EMPLOYER, OPENING, HANDLE, "Wir suchen Sie.");
    assertThat(asked.state()).isEqualTo(ContactState.PENDING);
    assertThat(asked.disclosure()).isEqualTo(Disclosure.PROFILE);
    assertThat(asked.card()).isNotNull();
    assertThat(asked.contact()).isNull();
    assertThat(pipeline).containsExactly("CONTACTED 100/1000");
    // The job seeker hears of it in Ukrainian, without anything about the employer's users.
    assertThat(mails)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.receiver()).isEqualTo("Olena.Testowa@example.org");
              assertThat(m.language().getLanguage()).isEqualTo("uk");
            });
    assertThat(events)
        .singleElement()
        .isEqualTo(new ContactRequested(asked.id(), EMPLOYER, SEEKER, 50, OPENING, Side.EMPLOYER));

    // A colleague of the same organisation sees it, still without name or contact.
    ContactView seenByColleague = service.one(COLLEAGUE, asked.id());
    assertThat(seenByColleague.contact()).isNull();
    assertThat(seenByColleague.answerable()).isFalse();

    ContactView pending = service.mine(SEEKER).get(0);
    assertThat(pending.answerable()).isTrue();
    assertThat(pending.organisationName()).isEqualTo("Haus Linde");
    service.accept(SEEKER, asked.id(), ContactChannel.PHONE, " +49 511 1234567 ");

    ContactView accepted = service.one(EMPLOYER, asked.id());
    assertThat(accepted.state()).isEqualTo(ContactState.ACCEPTED);
    assertThat(accepted.contact())
        .isEqualTo(
            new ContactView.SharedContact(
                "Olena Testowa", ContactChannel.PHONE, null, "+49 511 1234567"));
    assertThat(mails).hasSize(2);
    assertThat(mails.get(1).receiver()).isEqualTo("Erika.Betrieb@example.org");
    assertThat(mails.get(1).body()).doesNotContain("Olena").doesNotContain("1234567");
    assertThat(events.get(1))
        .isEqualTo(new ContactAnswered(asked.id(), SEEKER, SEEKER, 50, OPENING, true));
  }

  @Test
  void afterAWithdrawalTheEmployerSeesNoContactAtOnceAndASecondWithdrawalIsAConflict() {
    String id = service.askToContact(EMPLOYER, OPENING, HANDLE, "Hallo").id();
    service.accept(SEEKER, id, ContactChannel.EMAIL, null);
    assertThat(service.one(EMPLOYER, id).contact().email()).isEqualTo("Olena.Testowa@example.org");

    service.withdraw(SEEKER, id);
    ContactView after = service.one(EMPLOYER, id);
    assertThat(after.state()).isEqualTo(ContactState.WITHDRAWN);
    assertThat(after.contact()).isNull();
    assertThat(after.card()).isNull();
    assertThatThrownBy(() -> service.withdraw(SEEKER, id)).isInstanceOf(ContactConflict.class);
    assertThat(events.get(events.size() - 1))
        .isEqualTo(new ContactWithdrawn(id, SEEKER, SEEKER, 50, OPENING));
  }

  @Test
  void hidingTheProfileHidesEverythingFromTheEmployerEvenAfterAcceptance() {
    String id = service.askToContact(EMPLOYER, OPENING, HANDLE, "Hallo").id();
    service.accept(SEEKER, id, ContactChannel.EMAIL, null);
    visibility(ProfileVisibility.HIDDEN);
    ContactView hidden = service.one(EMPLOYER, id);
    assertThat(hidden.disclosure()).isEqualTo(Disclosure.NOTHING);
    assertThat(hidden.contact()).isNull();
    assertThat(hidden.card()).isNull();
  }

  @Test
  void acceptingTwiceAnsweringOnesOwnRequestAndForeignIdsAreRefused() {
    String id = service.askToContact(EMPLOYER, OPENING, HANDLE, "Hallo").id();
    assertThatThrownBy(() -> service.accept(EMPLOYER, id, null, null))
        .isInstanceOf(NotYourSide.class);
    service.accept(SEEKER, id, ContactChannel.EMAIL, null);
    assertThatThrownBy(() -> service.accept(SEEKER, id, ContactChannel.EMAIL, null))
        .isInstanceOf(ContactConflict.class);
    assertThatThrownBy(() -> service.decline(SEEKER, id)).isInstanceOf(ContactConflict.class);
    // Another organisation, staff, a forged id: not found, as if there were nothing.
    assertThatThrownBy(() -> service.one(OTHER_EMPLOYER, id)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> service.decline(OTHER_EMPLOYER, id)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> service.one(STAFF, id)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> service.one(SEEKER, "00000000-0000-4000-8000-000000000000"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> service.one(SEEKER, "1")).isInstanceOf(NotFound.class);
    assertThat(service.one(SEEKER, id).state()).isEqualTo(ContactState.ACCEPTED);
  }

  @Test
  void askingTwiceForAClosedOrForeignOpeningOrForAnInvisibleProfileIsRefused() {
    service.askToContact(EMPLOYER, OPENING, HANDLE, "Hallo");
    assertThatThrownBy(() -> service.askToContact(COLLEAGUE, OPENING, HANDLE, "Nochmal"))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("exists");
    assertThatThrownBy(() -> service.askToContact(EMPLOYER, CLOSED_OPENING, HANDLE, "Hallo"))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("openingClosed");
    assertThatThrownBy(() -> service.askToContact(EMPLOYER, OTHER_OPENING, HANDLE, "Hallo"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> service.askToContact(EMPLOYER, OPENING, "AAAA-BBBB", "Hallo"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> service.askToContact(SEEKER, OPENING, HANDLE, "Hallo"))
        .isInstanceOf(NotFound.class);
    visibility(ProfileVisibility.STAFF_ONLY);
    assertThatThrownBy(() -> service.askToContact(OTHER_EMPLOYER, OTHER_OPENING, HANDLE, "Hi"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> service.askToContact(EMPLOYER, OPENING, HANDLE, "  "))
        .isInstanceOf(ValidationFailure.class);
    assertThat(repository.all).hasSize(1);
  }

  @Test
  void aJobSeekerShowsInterestTheOrganisationHearsOfItAndAcceptanceDisclosesTheChoice() {
    visibility(ProfileVisibility.STAFF_ONLY);
    ContactView shown =
        service.showInterest(SEEKER, OPENING, null, ContactChannel.COUNSELLOR, "IQ Hannover");
    assertThat(pipeline).containsExactly("SUGGESTED 100/1000");
    // Both users of the organisation, each in their own language, under the handle only.
    assertThat(mails)
        .extracting(OutgoingMail::receiver)
        .containsExactlyInAnyOrder("Erika.Betrieb@example.org", "Kollege@example.org");
    assertThat(mails)
        .allSatisfy(m -> assertThat(m.body()).contains(HANDLE).doesNotContain("Olena"));

    ContactView forEmployer = service.mine(EMPLOYER).get(0);
    assertThat(forEmployer.disclosure()).isEqualTo(Disclosure.PROFILE);
    assertThat(forEmployer.card()).isNotNull();
    assertThat(forEmployer.contact()).isNull();
    assertThat(forEmployer.answerable()).isTrue();
    assertThatThrownBy(() -> service.accept(SEEKER, shown.id(), ContactChannel.EMAIL, null))
        .isInstanceOf(NotYourSide.class);

    service.accept(COLLEAGUE, shown.id(), null, null);
    assertThat(service.one(EMPLOYER, shown.id()).contact())
        .isEqualTo(
            new ContactView.SharedContact(
                "Olena Testowa", ContactChannel.COUNSELLOR, null, "IQ Hannover"));
    assertThat(pipeline).containsExactly("SUGGESTED 100/1000", "CONTACTED 100/1000");
    assertThat(mails.get(mails.size() - 1).receiver()).isEqualTo("Olena.Testowa@example.org");
  }

  @Test
  void aHiddenProfileClosedOpeningOrBadChannelCannotShowInterest() {
    assertThatThrownBy(
            () -> service.showInterest(SEEKER, OPENING, null, ContactChannel.PHONE, "abc"))
        .isInstanceOf(ValidationFailure.class);
    assertThatThrownBy(() -> service.showInterest(SEEKER, OPENING, null, null, null))
        .isInstanceOf(ValidationFailure.class);
    assertThatThrownBy(
            () -> service.showInterest(SEEKER, CLOSED_OPENING, null, ContactChannel.EMAIL, null))
        .isInstanceOf(ContactConflict.class);
    assertThatThrownBy(() -> service.showInterest(SEEKER, 999, null, ContactChannel.EMAIL, null))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> service.showInterest(EMPLOYER, OPENING, null, ContactChannel.EMAIL, null))
        .isInstanceOf(NotFound.class);
    visibility(ProfileVisibility.HIDDEN);
    assertThatThrownBy(
            () -> service.showInterest(SEEKER, OPENING, null, ContactChannel.EMAIL, null))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("profileHidden");
    assertThat(repository.all).isEmpty();
    assertThat(mails).isEmpty();
  }

  @Test
  void afterADeclineTheEmployerMayNotAskAgainButTheJobSeekerMayShowInterest() {
    String id = service.askToContact(EMPLOYER, OPENING, HANDLE, "Hallo").id();
    service.decline(SEEKER, id);
    assertThat(service.one(EMPLOYER, id).card()).isNull();
    assertThatThrownBy(() -> service.askToContact(EMPLOYER, OPENING, HANDLE, "Bitte"))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("answered");
    assertThat(service.showInterest(SEEKER, OPENING, "Doch", ContactChannel.EMAIL, null).state())
        .isEqualTo(ContactState.PENDING);
  }

  /** An in-memory repository. */
  private static final class Repository implements ContactRequestRepository {
    final List<ContactRequest> all = new ArrayList<>();

    @Override
    public Optional<ContactRequest> findByPublicId(String publicId) {
      return all.stream().filter(r -> r.getPublicId().equals(publicId)).findFirst();
    }

    @Override
    public List<ContactRequest> findBySeeker(long seekerAccountId) {
      return all.stream().filter(r -> r.getSeekerAccountId() == seekerAccountId).toList();
    }

    @Override
    public List<ContactRequest> findByOrganisation(long organisationId) {
      return all.stream().filter(r -> r.getOrganisationId() == organisationId).toList();
    }

    @Override
    public List<ContactRequest> findByOpeningAndSeeker(long openingId, long seekerAccountId) {
      return all.stream()
          .filter(r -> r.getOpeningId() == openingId && r.getSeekerAccountId() == seekerAccountId)
          .toList();
    }

    @Override
    public ContactRequest store(ContactRequest request) {
      if (!all.contains(request)) {
        all.add(request);
      }
      return request;
    }

    @Override
    public void delete(ContactRequest request) {
      all.remove(request);
    }

    @Override
    public void forgetEmployerAccount(long accountId) {
      all.forEach(r -> r.forgetEmployerAccount(accountId));
    }
  }

  /** Records what was fired. */
  private final class Recorded implements Event<ContactEvent> {
    @Override
    public void fire(ContactEvent event) {
      events.add(event);
    }

    @Override
    public <U extends ContactEvent> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ContactEvent> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<ContactEvent> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ContactEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ContactEvent> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
