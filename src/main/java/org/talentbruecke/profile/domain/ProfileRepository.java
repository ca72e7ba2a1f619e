package org.talentbruecke.profile.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds profiles by the account they belong to. */
public interface ProfileRepository {
  Optional<Profile> findByAccount(long accountId);

  Profile store(Profile profile);

  /** All profiles with the given visibility (matching reads them once to build its index). */
  default List<Profile> findByVisibility(Visibility visibility) {
    // Default only so that the small fakes of the unit tests need not implement it.
    throw new UnsupportedOperationException("findByVisibility");
  }

  /** Deletes the profile with every list that belongs to it (the person's erasure). */
  default void delete(Profile profile) {
    throw new UnsupportedOperationException("delete");
  }
}
