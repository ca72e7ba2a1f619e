package org.talentbruecke.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.talentbruecke.identity.domain.Account;

/** Test-only bean deployed with the Arquillian archive: direct database access in transactions. */
@ApplicationScoped
public class ContainerProbe {
  @PersistenceContext private EntityManager em;

  public long count(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
        .longValue();
  }

  public long appliedMigrations() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = true AND \"version\" IS NOT NULL")
                .getSingleResult())
        .longValue();
  }

  /** Reads an account in its own transaction and returns it detached, as a page would hold it. */
  @Transactional
  public Account detachedAccount(long id) {
    Account account = em.find(Account.class, id);
    em.detach(account);
    return account;
  }

  @Transactional
  public void changeLanguage(long id, String language) {
    em.find(Account.class, id).preferLanguage(language);
  }

  /** Writes back a stale copy; optimistic locking must refuse it. */
  @Transactional
  public void writeBack(Account stale) {
    em.merge(stale);
    em.flush();
  }
}
