package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.opening.domain.Invitation;
import org.talentbruecke.opening.domain.InvitationRepository;

/** Invitations in the relational database, through JPA. */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Invitation> findByTokenHash(String tokenHash) {
    return em.createNamedQuery("Invitation.byTokenHash", Invitation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Invitation> findByOrganisation(long organisationId) {
    return em.createNamedQuery("Invitation.byOrganisation", Invitation.class)
        .setParameter("organisationId", organisationId)
        .getResultList();
  }

  @Override
  public Invitation store(Invitation invitation) {
    if (invitation.getId() == null) {
      em.persist(invitation);
      return invitation;
    }
    return em.merge(invitation);
  }
}
