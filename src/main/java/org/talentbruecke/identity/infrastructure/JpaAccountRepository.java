package org.talentbruecke.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.AccountOrder;
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
  public List<Account> findByOrganisation(long organisationId) {
    return em.createNamedQuery("Account.byOrganisation", Account.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public List<Account> search(String text, Role role, AccountOrder order, int offset, int limit) {
    String orderBy =
        switch (order == null ? AccountOrder.EMAIL : order) {
          case EMAIL -> "a.email";
          case EMAIL_DESC -> "a.email DESC";
          case NAME -> "a.displayName, a.email";
          case NAME_DESC -> "a.displayName DESC, a.email";
          case ROLE -> "a.role, a.email";
          case ROLE_DESC -> "a.role DESC, a.email";
          case NEWEST -> "a.createdAt DESC, a.id DESC";
          case OLDEST -> "a.createdAt, a.id";
        };
    var query =
        em.createQuery(
            "SELECT a FROM Account a" + where(text, role) + " ORDER BY " + orderBy, Account.class);
    bind(query, text, role);
    return query.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(String text, Role role) {
    var query = em.createQuery("SELECT COUNT(a) FROM Account a" + where(text, role), Long.class);
    bind(query, text, role);
    return query.getSingleResult();
  }

  // Only fixed JPQL fragments are joined; the typed text is always a bound parameter.
  private static String where(String text, Role role) {
    List<String> parts = new java.util.ArrayList<>();
    if (text != null && !text.isBlank()) {
      parts.add("(a.email LIKE :text ESCAPE '!' OR LOWER(a.displayName) LIKE :text ESCAPE '!')");
    }
    if (role != null) {
      parts.add("a.role = :role");
    }
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  private static void bind(jakarta.persistence.Query query, String text, Role role) {
    if (text != null && !text.isBlank()) {
      String escaped =
          text.strip()
              .toLowerCase(java.util.Locale.ROOT)
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      query.setParameter("text", "%" + escaped + "%");
    }
    if (role != null) {
      query.setParameter("role", role);
    }
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
