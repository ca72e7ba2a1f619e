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

  /** The accounts of an organisation, oldest first. */
  List<Account> findByOrganisation(long organisationId);

  /**
   * One page of accounts whose e-mail or display name contains {@code text} (any case; null or
   * blank for all) and whose role is {@code role} (null for any), ordered by {@code order};
   * filtering, order and paging happen in the database.
   */
  List<Account> search(String text, Role role, AccountOrder order, int offset, int limit);

  /** How many accounts {@link #search} finds in all. */
  long count(String text, Role role);

  /** Deletes the account; rows of other contexts that point to it must be gone first. */
  void delete(Account account);
}
