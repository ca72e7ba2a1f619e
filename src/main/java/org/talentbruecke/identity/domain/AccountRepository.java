package org.talentbruecke.identity.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds accounts. */
public interface AccountRepository {
  Optional<Account> find(long id);

  Optional<Account> findByEmail(String normalisedEmail);

  long countByRole(Role role);

  List<Account> findAll();

  Account store(Account account);

  /** Deletes the account; rows of other contexts that point to it must be gone first. */
  void delete(Account account);
}
