package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.talentbruecke.opening.domain.OpeningVersion;
import org.talentbruecke.opening.domain.OpeningVersionRepository;

/** Earlier versions of openings in the relational database, through JPA. */
@ApplicationScoped
public class JpaOpeningVersionRepository implements OpeningVersionRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void store(OpeningVersion version) {
    em.persist(version);
  }

  @Override
  public List<OpeningVersion> findByOpening(long openingId) {
    return em.createNamedQuery("OpeningVersion.byOpening", OpeningVersion.class)
        .setParameter("openingId", openingId)
        .getResultList();
  }
}
