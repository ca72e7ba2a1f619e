package org.talentbruecke.profile.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.talentbruecke.profile.domain.PersonalDetails;
import org.talentbruecke.profile.domain.PersonalDetailsRepository;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.ProfileRepository;

/** Erasing an account deletes its profile and personal details, and only those. */
class ProfileErasureTest {
  private final List<Profile> profiles = new ArrayList<>();
  private final List<PersonalDetails> details = new ArrayList<>();
  private final List<ProfileErased> fired = new ArrayList<>();

  private final ProfileErasure erasure =
      new ProfileErasure(
          new ProfileRepository() {
            @Override
            public Optional<Profile> findByAccount(long accountId) {
              return profiles.stream().filter(p -> p.getAccountId() == accountId).findFirst();
            }

            @Override
            public Profile store(Profile profile) {
              profiles.add(profile);
              return profile;
            }

            @Override
            public void delete(Profile profile) {
              profiles.remove(profile);
            }
          },
          new PersonalDetailsRepository() {
            @Override
            public Optional<PersonalDetails> findByAccount(long accountId) {
              return details.stream().filter(d -> d.getAccountId() == accountId).findFirst();
            }

            @Override
            public PersonalDetails store(PersonalDetails d) {
              details.add(d);
              return d;
            }

            @Override
            public void delete(PersonalDetails d) {
              details.remove(d);
            }
          },
          new Recorded());

  private static Profile profile(long id, long accountId) throws ReflectiveOperationException {
    Profile profile = new Profile(accountId, Instant.parse("2026-11-01T08:00:00Z"));
    Field field = Profile.class.getDeclaredField("id"); // JPA assigns it in production
    field.setAccessible(true);
    field.set(profile, id);
    return profile;
  }

  @Test
  void theAccountsProfileAndDetailsGoAndMatchingHearsOfTheProfile() throws Exception {
    profiles.add(profile(500, 7));
    profiles.add(profile(501, 8));
    details.add(new PersonalDetails(7));
    details.add(new PersonalDetails(8));

    assertThat(erasure.erase(7)).contains(500L);

    assertThat(profiles).extracting(Profile::getAccountId).containsExactly(8L);
    assertThat(details).extracting(PersonalDetails::getAccountId).containsExactly(8L);
    assertThat(fired).containsExactly(new ProfileErased(500, 7));
  }

  @Test
  void anAccountWithoutProfileLosesItsDetailsAndNothingIsAnnounced() {
    details.add(new PersonalDetails(9));

    assertThat(erasure.erase(9)).isEmpty();

    assertThat(details).isEmpty();
    assertThat(fired).isEmpty();
  }

  /** Records what was fired; the container delivers it after the commit in production. */
  private final class Recorded implements Event<ProfileErased> {
    @Override
    public void fire(ProfileErased event) {
      fired.add(event);
    }

    @Override
    public <U extends ProfileErased> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ProfileErased> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<ProfileErased> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ProfileErased> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ProfileErased> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
