package org.talentbruecke.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.Consent;
import org.talentbruecke.identity.domain.ConsentRepository;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.domain.EmailAddress;

class ConsentServiceTest {
  private static final long SEEKER = 1;
  private static final long STAFF = 2;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  private final List<Consent> stored = new ArrayList<>();
  private final List<AuditEvent> audited = new ArrayList<>();
  private final Map<Long, Account> accounts =
      Map.of(
          SEEKER, account("leyla@example.org", Role.JOB_SEEKER),
          STAFF, account("staff@example.org", Role.STAFF));

  private static Account account(String email, Role role) {
    return new Account(new EmailAddress(email), "Name", "hash", role, CLOCK.instant());
  }

  private ConsentService service(String version) {
    return new ConsentService(
        new ConsentRepository() {
          @Override
          public Consent store(Consent consent) {
            if (!stored.contains(consent)) {
              stored.add(consent);
            }
            return consent;
          }

          @Override
          public List<Consent> ofAccount(long accountId) {
            return stored.stream().filter(c -> c.getAccountId() == accountId).toList();
          }

          @Override
          public void deleteAll(long accountId) {
            stored.removeIf(c -> c.getAccountId() == accountId);
          }
        },
        new AccountRepository() {
          @Override
          public Optional<Account> find(long id) {
            return Optional.ofNullable(accounts.get(id));
          }

          @Override
          public Optional<Account> findByEmail(String normalisedEmail) {
            return Optional.empty();
          }

          @Override
          public long countByRole(Role role) {
            return 0;
          }

          @Override
          public List<Account> findAll() {
            return List.of();
          }

          @Override
          public List<Account> findByOrganisation(long organisationId) {
            return List.of();
          }

          @Override
          public List<Account> search(
              String text,
              Role role,
              org.talentbruecke.identity.domain.AccountOrder order,
              int offset,
              int limit) {
            return List.of();
          }

          @Override
          public long count(String text, Role role) {
            return 0;
          }

          @Override
          public Account store(Account account) {
            return account;
          }

          @Override
          public void delete(Account account) {}
        },
        new PrivacyNotice(version),
        new AuditTrail() {
          @Override
          public void record(AuditEvent event) {
            audited.add(event);
          }

          @Override
          public void recordViews(long viewer, java.util.Collection<Long> viewed, String where) {}

          @Override
          public List<Entry> about(long accountId) {
            return List.of();
          }

          @Override
          public List<ProfileView> viewsOf(long accountId) {
            return List.of();
          }
        },
        CLOCK);
  }

  @Test
  void aNewNoticeVersionAsksAgainAndAgreeingRecordsItOnce() {
    ConsentService v2 = service("2");
    assertThat(v2.mustAgreeToNotice(SEEKER)).isTrue();
    v2.agreeToNotice(SEEKER);
    v2.agreeToNotice(SEEKER);
    assertThat(v2.mustAgreeToNotice(SEEKER)).isFalse();
    assertThat(stored).hasSize(1);
    assertThat(audited)
        .extracting(AuditEvent::type, AuditEvent::newValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditTypes.CONSENT_GIVEN, "2"));

    ConsentService v3 = service("3");
    assertThat(v3.mustAgreeToNotice(SEEKER)).isTrue();
    v3.agreeToNotice(SEEKER);
    assertThat(v3.mustAgreeToNotice(SEEKER)).isFalse();
    // the consent to version 2 stays on record as it was
    assertThat(v3.of(SEEKER)).extracting(ConsentRecord::scope).containsExactly("2", "3");
  }

  @Test
  void staffAreNeverAsked() {
    assertThat(service("2").mustAgreeToNotice(STAFF)).isFalse();
    assertThat(service("2").mustAgreeToNotice(99)).isFalse();
  }

  @Test
  void withdrawingTheNoticeAsksAgainAndWithdrawingNothingIsRefused() {
    ConsentService v2 = service("2");
    v2.agreeToNotice(SEEKER);
    v2.withdrawNotice(SEEKER);
    assertThat(v2.mustAgreeToNotice(SEEKER)).isTrue();
    assertThat(v2.of(SEEKER).get(0).withdrawnAt()).isEqualTo(CLOCK.instant());
    assertThat(audited).extracting(AuditEvent::type).endsWith(AuditTypes.CONSENT_WITHDRAWN);
    assertThatThrownBy(() -> v2.withdrawNotice(SEEKER)).isInstanceOf(NotFound.class);
  }

  @Test
  void eachVisibilityChoiceWithdrawsTheOneBeforeAndHiddenGivesNone() {
    ConsentService v2 = service("2");
    v2.visibilityChosen(SEEKER, "ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    v2.visibilityChosen(SEEKER, "ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    v2.visibilityChosen(SEEKER, "STAFF_ONLY");
    v2.visibilityChosen(SEEKER, "HIDDEN");

    List<ConsentRecord> records = v2.of(SEEKER);
    assertThat(records)
        .extracting(ConsentRecord::scope)
        .containsExactly("ANONYMOUS_TO_VERIFIED_EMPLOYERS", "STAFF_ONLY");
    assertThat(records).noneMatch(ConsentRecord::active);
    assertThat(audited)
        .extracting(AuditEvent::type)
        .containsExactly(
            AuditTypes.CONSENT_GIVEN,
            AuditTypes.CONSENT_WITHDRAWN,
            AuditTypes.CONSENT_GIVEN,
            AuditTypes.CONSENT_WITHDRAWN);
  }

  @Test
  void theRuleItself() {
    Consent v1 = new Consent(SEEKER, Consent.PRIVACY_NOTICE, "1", CLOCK.instant());
    assertThat(ConsentService.mustAgree(Role.EMPLOYER, List.of(v1), "1")).isFalse();
    assertThat(ConsentService.mustAgree(Role.EMPLOYER, List.of(v1), "2")).isTrue();
    assertThat(ConsentService.mustAgree(Role.ADMIN, List.of(), "2")).isFalse();
    Consent visibility =
        new Consent(SEEKER, Consent.PROFILE_VISIBILITY, "2", CLOCK.instant()); // not the notice
    assertThat(ConsentService.mustAgree(Role.JOB_SEEKER, List.of(visibility), "2")).isTrue();
  }
}
