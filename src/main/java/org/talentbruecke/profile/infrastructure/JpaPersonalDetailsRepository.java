package org.talentbruecke.profile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.talentbruecke.profile.domain.PersonalDetails;
import org.talentbruecke.profile.domain.PersonalDetailsRepository;

/** Personal details in their own table, through JPA. */
@ApplicationScoped
public class JpaPersonalDetailsRepository implements PersonalDetailsRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<PersonalDetails> findByAccount(long accountId) {
    return em.createNamedQuery("PersonalDetails.byAccount", PersonalDetails.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public PersonalDetails store(PersonalDetails details) {
    if (details.getId() == null) {
      em.persist(details);
      return details;
    }
    return em.merge(details);
  }

  @Override
  public void delete(PersonalDetails details) {
    em.remove(em.contains(details) ? details : em.merge(details));
  }
}
