package org.talentbruecke.profile.domain;

import java.util.Optional;

/** Stores and finds the optional personal details of an account. */
public interface PersonalDetailsRepository {
  Optional<PersonalDetails> findByAccount(long accountId);

  PersonalDetails store(PersonalDetails details);

  /** Deletes the details (the person's erasure). */
  default void delete(PersonalDetails details) {
    throw new UnsupportedOperationException("delete");
  }
}
