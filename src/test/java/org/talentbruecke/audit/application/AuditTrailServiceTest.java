package org.talentbruecke.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.audit.domain.AuditEntry;
import org.talentbruecke.audit.domain.AuditSort;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;

class AuditTrailServiceTest {
  private static final long SEEKER = 100;
  private static final long OTHER_SEEKER = 101;
  private static final long EMPLOYER_A1 = 200;
  private static final long EMPLOYER_A2 = 201;
  private static final long EMPLOYER_B = 300;
  private static final long STAFF = 400;

  private final InMemoryAuditRepository repository = new InMemoryAuditRepository();
  private final AuditPseudonyms pseudonyms =
      new AuditPseudonyms(repository, new PseudonymCreator(repository));
  private final Map<Long, Actors.Actor> roles =
      Map.of(
          SEEKER, new Actors.Actor("JOB_SEEKER", null),
          OTHER_SEEKER, new Actors.Actor("JOB_SEEKER", null),
          EMPLOYER_A1, new Actors.Actor("EMPLOYER", 7L),
          EMPLOYER_A2, new Actors.Actor("EMPLOYER", 7L),
          EMPLOYER_B, new Actors.Actor("EMPLOYER", 8L),
          STAFF, new Actors.Actor("STAFF", null));
  private final Actors actors =
      new Actors() {
        @Override
        public Optional<Actor> of(long accountId) {
          return Optional.ofNullable(roles.get(accountId));
        }

        @Override
        public Optional<String> describe(long accountId) {
          return Optional.of("Person " + accountId + " <p" + accountId + "@example.org>");
        }

        @Override
        public Optional<Long> byEmail(String email) {
          return Optional.empty();
        }
      };
  private final OrganisationNames names =
      id -> Optional.of(id == 7L ? "Pflegedienst Linden" : "Bäckerei Sonne");
  private Instant now = Instant.parse("2026-12-03T10:00:00Z");
  private final AuditTrailService trail =
      new AuditTrailService(repository, pseudonyms, actors, names, clock());

  private Clock clock() {
    return new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }

  @Test
  void entriesNamePeopleByPseudonymNotByAccountIdAndKeepTheActorsRole() {
    trail.record(AuditEvent.of(AuditTypes.SIGN_IN, SEEKER, SEEKER));

    AuditEntry entry = repository.entries.get(0);
    assertThat(entry.getActor()).startsWith("P-").hasSize(12).doesNotContain("100");
    assertThat(entry.getSubject()).isEqualTo(entry.getActor());
    assertThat(entry.getActorRole()).isEqualTo("JOB_SEEKER");
    assertThat(entry.getType()).isEqualTo(AuditTypes.SIGN_IN);
  }

  @Test
  void aFailedSignInOfAnUnknownAccountHasNoActorAndNoSubject() {
    trail.record(
        AuditEvent.of(AuditTypes.SIGN_IN_FAILED, null, null).withDetails("unknown account"));

    AuditEntry entry = repository.entries.get(0);
    assertThat(entry.getActor()).isNull();
    assertThat(entry.getSubject()).isNull();
    assertThat(entry.getActorRole()).isEqualTo("NONE");
    assertThat(repository.people).isEmpty();
  }

  @Test
  void oneViewPerOrganisationProfileAndDayAndPerStaffMember() {
    trail.recordViews(EMPLOYER_A1, List.of(SEEKER, OTHER_SEEKER), "opening 1");
    trail.recordViews(EMPLOYER_A2, List.of(SEEKER), "opening 1"); // same organisation, same day
    trail.recordViews(EMPLOYER_A1, List.of(SEEKER, SEEKER), "opening 2");
    trail.recordViews(EMPLOYER_B, List.of(SEEKER), "opening 3");
    trail.recordViews(STAFF, List.of(SEEKER), "opening 1");
    trail.recordViews(STAFF, List.of(SEEKER), "opening 1");

    assertThat(views(SEEKER)).hasSize(3);
    assertThat(views(OTHER_SEEKER)).hasSize(1);

    now = now.plusSeconds(24 * 3600); // the next day counts again
    trail.recordViews(EMPLOYER_A2, List.of(SEEKER), "opening 1");
    assertThat(views(SEEKER)).hasSize(4);
  }

  @Test
  void jobSeekersAndTheViewerThemselvesAreNoProfileViews() {
    trail.recordViews(OTHER_SEEKER, List.of(SEEKER), "opening 1");
    trail.recordViews(STAFF, List.of(STAFF), "opening 1");

    assertThat(repository.entries).isEmpty();
  }

  @Test
  void theJobSeekerSeesOrganisationsByNameAndStaffAsTheRegion() {
    trail.recordViews(EMPLOYER_A1, List.of(SEEKER), "opening 1");
    now = now.plusSeconds(60);
    trail.recordViews(STAFF, List.of(SEEKER), "opening 1");

    List<AuditTrail.ProfileView> views = trail.viewsOf(SEEKER);
    assertThat(views)
        .extracting(AuditTrail.ProfileView::organisationName)
        .containsExactlyInAnyOrder("Pflegedienst Linden", null);
    assertThat(views).filteredOn(AuditTrail.ProfileView::byStaff).hasSize(1);
    assertThat(trail.viewsOf(OTHER_SEEKER)).isEmpty();
  }

  @Test
  void aboutListsWhatThePersonDidAndWhatWasDoneToThem() {
    trail.record(AuditEvent.of(AuditTypes.SIGN_IN, SEEKER, SEEKER));
    trail.record(
        new AuditEvent(
            AuditTypes.STAFF_DECISION,
            STAFF,
            SEEKER,
            "STAFF_DECISION",
            "5",
            "kind",
            null,
            "PIN",
            "opening 1"));
    trail.record(AuditEvent.of(AuditTypes.SIGN_IN, OTHER_SEEKER, OTHER_SEEKER));

    List<AuditTrail.Entry> about = trail.about(SEEKER);
    assertThat(about)
        .extracting(AuditTrail.Entry::type)
        .containsExactly("SIGN_IN", "STAFF_DECISION");
    assertThat(about).extracting(AuditTrail.Entry::byThePerson).containsExactly(true, false);
    assertThat(about.get(1).actorRole()).isEqualTo("STAFF");
  }

  @Test
  void afterErasureTheEntriesKeepOnlyThePseudonym() {
    trail.record(AuditEvent.of(AuditTypes.SIGN_IN, SEEKER, SEEKER));
    String pseudonym = repository.entries.get(0).getActor();

    pseudonyms.forget(SEEKER);

    assertThat(repository.entries).hasSize(1);
    assertThat(repository.entries.get(0).getActor()).isEqualTo(pseudonym);
    assertThat(repository.accountsOf(List.of(pseudonym))).isEmpty();
    assertThat(trail.about(SEEKER)).isEmpty();
    AuditLog.Page page = log().page(AuditQuery.NONE, AuditSort.NEWEST_FIRST, 10, 0);
    assertThat(page.rows().get(0).actor()).isEqualTo(pseudonym);
  }

  @Test
  void theAdminsLogNamesExistingAccountsAndFiltersByActor() {
    trail.record(AuditEvent.of(AuditTypes.SIGN_IN, SEEKER, SEEKER));
    trail.record(AuditEvent.of(AuditTypes.SIGN_IN, STAFF, STAFF));

    AuditLog.Page staffOnly =
        log().page(AuditQuery.parse(null, null, String.valueOf(STAFF), null), null, 10, 0);
    assertThat(staffOnly.total()).isEqualTo(1);
    assertThat(staffOnly.rows().get(0).actor()).isEqualTo("Person 400 <p400@example.org>");
    assertThat(log().page(AuditQuery.parse(null, null, "999", null), null, 10, 0).total()).isZero();
  }

  private List<AuditEntry> views(long account) {
    return repository.viewsOf(pseudonyms.of(account));
  }

  private AuditLog log() {
    return new AuditLog(repository, pseudonyms, actors, names);
  }
}
