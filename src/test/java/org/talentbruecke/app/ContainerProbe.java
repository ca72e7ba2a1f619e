package org.talentbruecke.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;
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

  /** Runs {@code work} in one transaction, as an application service would. */
  @Transactional
  public <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  /** A draft opening of the organisation, written directly: only the columns without defaults. */
  @Transactional
  public long insertOpening(long id, long organisationId) {
    em.createNativeQuery(
            "INSERT INTO OPENING (ID, ORGANISATION_ID, TITLE, STATUS, CREATED_AT, VERSION)"
                + " VALUES (?, ?, 'Container test', 'DRAFT', ?, 0)")
        .setParameter(1, id)
        .setParameter(2, organisationId)
        .setParameter(3, Timestamp.from(Instant.parse("2026-11-25T10:00:00Z")))
        .executeUpdate();
    return id;
  }

  /** The rows and last change of a candidate's stage, read past the repository. */
  public java.util.List<?> candidateStageRows(long openingId, long profileId) {
    return em.createNativeQuery(
            "SELECT STAGE, CHANGED_AT FROM CANDIDATE_STAGE WHERE OPENING_ID = ? AND PROFILE_ID = ?")
        .setParameter(1, openingId)
        .setParameter(2, profileId)
        .getResultList();
  }
}
