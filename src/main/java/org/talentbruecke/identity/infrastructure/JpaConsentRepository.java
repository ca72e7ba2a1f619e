package org.talentbruecke.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.talentbruecke.identity.domain.Consent;
import org.talentbruecke.identity.domain.ConsentRepository;

/** Consent records in the relational database, through JPA. */
@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Consent store(Consent consent) {
    if (consent.getId() == null) {
      em.persist(consent);
      return consent;
    }
    return em.merge(consent);
  }

  @Override
  public List<Consent> ofAccount(long accountId) {
    return em.createQuery(
            "SELECT c FROM Consent c WHERE c.accountId = :id ORDER BY c.givenAt, c.id",
            Consent.class)
        .setParameter("id", accountId)
        .getResultList();
  }

  @Override
  public void deleteAll(long accountId) {
    em.createQuery("DELETE FROM Consent c WHERE c.accountId = :id")
        .setParameter("id", accountId)
        .executeUpdate();
  }
}
