package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.talentbruecke.opening.domain.AcknowledgedFinding;
import org.talentbruecke.opening.domain.AcknowledgedFindingRepository;

/** Acknowledged findings in the relational database, through JPA. */
@ApplicationScoped
public class JpaAcknowledgedFindingRepository implements AcknowledgedFindingRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void store(AcknowledgedFinding finding) {
    em.persist(finding);
  }

  @Override
  public List<AcknowledgedFinding> findByOpening(long openingId) {
    return em.createNamedQuery("AcknowledgedFinding.byOpening", AcknowledgedFinding.class)
        .setParameter("openingId", openingId)
        .getResultList();
  }
}
