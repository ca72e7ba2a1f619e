package org.talentbruecke.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountRepository;
import org.talentbruecke.identity.domain.Role;

/** Accounts in the relational database, through JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByEmail(String normalisedEmail) {
    return em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("email", normalisedEmail)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countByRole(Role role) {
    return em.createNamedQuery("Account.countByRole", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  @Override
  public List<Account> findAll() {
    return em.createNamedQuery("Account.all", Account.class).getResultList();
  }

  @Override
  public Account store(Account account) {
    if (account.getId() == null) {
      em.persist(account);
      return account;
    }
    return em.merge(account);
  }

  @Override
  public void delete(Account account) {
    em.remove(em.contains(account) ? account : em.merge(account));
    // Flush now so that a row still pointing to the account fails the erasure here, inside the
    // transaction, rather than at commit.
    em.flush();
  }
}
