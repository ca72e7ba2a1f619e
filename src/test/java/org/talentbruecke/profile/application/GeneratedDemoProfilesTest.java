package org.talentbruecke.profile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.app.demo.DemoSeeker;
import org.talentbruecke.app.demo.DemoSeekerGenerator;
import org.talentbruecke.app.demo.ShippedEsco;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.ProfileRepository;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.application.KnownConcepts;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.EscoConcept;

/**
 * The generator writes its rows directly, so here every generated profile goes through the same
 * checks as a profile sent to the API, against the real ESCO concepts: none may be refused.
 */
class GeneratedDemoProfilesTest {
  @Test
  void everyGeneratedProfilePassesTheChecksOfTheApi() {
    Map<String, EscoConcept> concepts = new HashMap<>();
    ShippedEsco.data().concepts().forEach(c -> concepts.put(c.uri(), c));
    Vocabulary catalog =
        KnownConcepts.where(
            (uri, type) -> concepts.containsKey(uri) && concepts.get(uri).type() == type);
    Map<Long, Profile> stored = new HashMap<>();
    ProfileRepository repository =
        new ProfileRepository() {
          @Override
          public Optional<Profile> findByAccount(long accountId) {
            return Optional.ofNullable(stored.get(accountId));
          }

          @Override
          public Profile store(Profile profile) {
            stored.put(profile.getAccountId(), profile);
            return profile;
          }
        };
    ProfileService service =
        new ProfileService(
            repository,
            catalog,
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
            ShippedCatalogs.languages(),
            ShippedCatalogs.municipalities());
    DemoSeekerGenerator generator =
        new DemoSeekerGenerator(
            20261125,
            ShippedEsco.occupationPool(),
            ShippedCatalogs.municipalities().all().stream().map(m -> m.ags()).sorted().toList(),
            LocalDate.of(2026, 11, 25));

    for (int i = 0; i < 500; i++) {
      DemoSeeker seeker = generator.seeker(i);
      long account = i;
      assertThatCode(() -> service.replace(account, seeker.profile()))
          .as(seeker.email())
          .doesNotThrowAnyException();
      // What is stored reads back as what was generated, apart from normalised order of sets.
      assertThat(service.read(account).qualifications())
          .isEqualTo(seeker.profile().qualifications());
    }
  }
}
