package org.talentbruecke.profile.domain;

import java.util.Optional;

/** Stores and finds the optional personal details of an account. */
public interface PersonalDetailsRepository {
  Optional<PersonalDetails> findByAccount(long accountId);

  PersonalDetails store(PersonalDetails details);
}
