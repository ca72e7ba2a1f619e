package org.talentbruecke.profile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.talentbruecke.profile.application.ConceptCatalog;
import org.talentbruecke.reference.domain.ConceptType;

/** Looks concepts up in the ESCO table the reference importer fills (by primary key, so cheap). */
@ApplicationScoped
public class JpaConceptCatalog implements ConceptCatalog {
  @PersistenceContext private EntityManager em;

  @Override
  public boolean exists(String uri, ConceptType type) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM ESCO_CONCEPT WHERE URI = ? AND CONCEPT_TYPE = ?")
                .setParameter(1, uri)
                .setParameter(2, type.name())
                .getSingleResult();
    return count.longValue() > 0;
  }
}
