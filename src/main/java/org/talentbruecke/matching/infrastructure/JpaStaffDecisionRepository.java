package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.matching.domain.StaffDecision;
import org.talentbruecke.matching.domain.StaffDecisionRepository;

/** Staff decisions in the relational database, through JPA. */
@ApplicationScoped
public class JpaStaffDecisionRepository implements StaffDecisionRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public List<StaffDecision> findByOpening(long openingId) {
    return em.createNamedQuery("StaffDecision.byOpening", StaffDecision.class)
        .setParameter("openingId", openingId)
        .getResultList();
  }

  @Override
  public List<StaffDecision> findActiveByOpening(long openingId) {
    return em.createNamedQuery("StaffDecision.activeByOpening", StaffDecision.class)
        .setParameter("openingId", openingId)
        .getResultList();
  }

  @Override
  public Optional<StaffDecision> find(long decisionId) {
    return Optional.ofNullable(em.find(StaffDecision.class, decisionId));
  }

  @Override
  public StaffDecision store(StaffDecision decision) {
    if (decision.getId() == null) {
      em.persist(decision);
      return decision;
    }
    return em.merge(decision);
  }
}
