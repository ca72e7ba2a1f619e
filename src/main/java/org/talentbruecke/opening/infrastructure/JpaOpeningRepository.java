package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningRepository;

/** Openings in the relational database, through JPA. */
@ApplicationScoped
public class JpaOpeningRepository implements OpeningRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Opening> find(long id) {
    return Optional.ofNullable(em.find(Opening.class, id));
  }

  @Override
  public List<Opening> findByOrganisation(long organisationId) {
    return em.createNamedQuery("Opening.byOrganisation", Opening.class)
        .setParameter("organisationId", organisationId)
        .getResultList();
  }

  @Override
  public Opening store(Opening opening) {
    if (opening.getId() == null) {
      em.persist(opening);
      return opening;
    }
    return em.merge(opening);
  }
}
