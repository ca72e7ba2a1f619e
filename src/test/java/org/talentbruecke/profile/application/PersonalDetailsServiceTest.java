package org.talentbruecke.profile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.profile.domain.PersonalDetails;
import org.talentbruecke.profile.domain.PersonalDetailsRepository;
import org.talentbruecke.reference.application.KnownConcepts;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

class PersonalDetailsServiceTest {
  private final List<PersonalDetails> stored = new ArrayList<>();
  private final PersonalDetailsService service =
      new PersonalDetailsService(
          new PersonalDetailsRepository() {
            @Override
            public Optional<PersonalDetails> findByAccount(long accountId) {
              return stored.stream().filter(d -> d.getAccountId() == accountId).findFirst();
            }

            @Override
            public PersonalDetails store(PersonalDetails details) {
              if (!stored.contains(details)) {
                stored.add(details);
              }
              return details;
            }
          },
          KnownConcepts.where((uri, type) -> false),
          Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void everythingIsOptional() {
    assertThat(service.read(3)).isEqualTo(new PersonalDetailsService.Data(null, null, null, false));
    assertThat(
            service
                .replace(3, new PersonalDetailsService.Data(null, null, null, false))
                .nationality())
        .isNull();
  }

  @Test
  void givenDetailsAreCheckedAndKept() {
    service.replace(3, new PersonalDetailsService.Data("sy", "1990-05-17", "FEMALE", true));
    assertThat(service.read(3))
        .isEqualTo(new PersonalDetailsService.Data("SY", "1990-05-17", "FEMALE", true));
  }

  @Test
  void wrongValuesNameTheirFieldsAndStoreNothing() {
    ValidationFailure failure =
        catchThrowableOfType(
            () ->
                service.replace(
                    3, new PersonalDetailsService.Data("XX", "2030-01-01", "UNKNOWN", false)),
            ValidationFailure.class);
    assertThat(failure.errors())
        .extracting(FieldError::field)
        .containsExactly("nationality", "dateOfBirth", "gender");
    assertThat(stored).isEmpty();
  }
}
