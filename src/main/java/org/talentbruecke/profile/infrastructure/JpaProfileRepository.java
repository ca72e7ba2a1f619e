package org.talentbruecke.profile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.ProfileRepository;
import org.talentbruecke.profile.domain.Visibility;

/** Profiles in the relational database, through JPA. */
@ApplicationScoped
public class JpaProfileRepository implements ProfileRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Profile> findByAccount(long accountId) {
    return em.createNamedQuery("Profile.byAccount", Profile.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Profile store(Profile profile) {
    if (profile.getId() == null) {
      em.persist(profile);
      return profile;
    }
    return em.merge(profile);
  }

  @Override
  public List<Profile> findByVisibility(Visibility visibility) {
    return em.createQuery("SELECT p FROM Profile p WHERE p.visibility = :v", Profile.class)
        .setParameter("v", visibility)
        .getResultList();
  }

  @Override
  public void delete(Profile profile) {
    // The element collections (occupations, skills, work, languages, ...) go with the entity.
    em.remove(em.contains(profile) ? profile : em.merge(profile));
  }
}
