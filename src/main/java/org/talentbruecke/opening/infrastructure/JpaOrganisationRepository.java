package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.opening.domain.OrganisationRepository;
import org.talentbruecke.opening.domain.Verification;

/** Organisations in the relational database, through JPA. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public List<Organisation> findByVerification(Verification verification) {
    return em.createNamedQuery("Organisation.byVerification", Organisation.class)
        .setParameter("verification", verification)
        .getResultList();
  }

  @Override
  public List<Organisation> findByVerification(java.util.Collection<Verification> verifications) {
    return em.createNamedQuery("Organisation.byVerifications", Organisation.class)
        .setParameter("verifications", List.copyOf(verifications))
        .getResultList();
  }

  @Override
  public Organisation store(Organisation organisation) {
    if (organisation.getId() == null) {
      em.persist(organisation);
      // Accounts refer to organisations by id only (different contexts), so JPA cannot order
      // the inserts itself: write the organisation before the account that points to it.
      em.flush();
      return organisation;
    }
    return em.merge(organisation);
  }

  @Override
  public boolean existsNamed(String name) {
    return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.name = :name", Long.class)
            .setParameter("name", name)
            .getSingleResult()
        > 0;
  }
}
