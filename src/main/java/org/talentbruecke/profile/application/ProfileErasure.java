package org.talentbruecke.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.identity.application.AccountErasing;
import org.talentbruecke.profile.domain.PersonalDetailsRepository;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.ProfileRepository;

/**
 * Deletes what the profile context keeps about an account when identity erases it: the skills
 * profile with all its lists and the personal details. Runs inside identity's transaction (the
 * event is synchronous), so the account row can only go once these rows are gone, and a failure
 * keeps everything. Nothing is anonymised here: no other context needs these rows afterwards.
 */
@ApplicationScoped
public class ProfileErasure {
  @Inject private ProfileRepository profiles;
  @Inject private PersonalDetailsRepository details;
  @Inject private Event<ProfileErased> erased;

  /** For CDI. */
  protected ProfileErasure() {}

  /** For tests without a container. */
  ProfileErasure(
      ProfileRepository profiles, PersonalDetailsRepository details, Event<ProfileErased> erased) {
    this.profiles = profiles;
    this.details = details;
    this.erased = erased;
  }

  void onAccountErasing(@Observes AccountErasing event) {
    erase(event.accountId());
  }

  /**
   * Deletes the account's profile and personal details.
   *
   * @return the deleted profile's id, if the account had a profile
   */
  Optional<Long> erase(long accountId) {
    details.findByAccount(accountId).ifPresent(details::delete);
    Optional<Profile> profile = profiles.findByAccount(accountId);
    profile.ifPresent(profiles::delete);
    Optional<Long> profileId = profile.map(Profile::getId);
    // Observers that keep copies (matching) hear of it only after the commit.
    profileId.ifPresent(id -> erased.fire(new ProfileErased(id, accountId)));
    return profileId;
  }
}
