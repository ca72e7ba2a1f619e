package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.talentbruecke.opening.domain.VerificationRecord;
import org.talentbruecke.opening.domain.VerificationRecordRepository;

/** Verification history in the relational database: inserts and reads only. */
@ApplicationScoped
public class JpaVerificationRecordRepository implements VerificationRecordRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(VerificationRecord record) {
    em.persist(record);
  }

  @Override
  public List<VerificationRecord> ofOrganisation(long organisationId) {
    return em.createNamedQuery("VerificationRecord.ofOrganisation", VerificationRecord.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }
}
