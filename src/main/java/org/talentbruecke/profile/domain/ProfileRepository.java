package org.talentbruecke.profile.domain;

import java.util.Optional;

/** Stores and finds profiles by the account they belong to. */
public interface ProfileRepository {
  Optional<Profile> findByAccount(long accountId);

  Profile store(Profile profile);
}
