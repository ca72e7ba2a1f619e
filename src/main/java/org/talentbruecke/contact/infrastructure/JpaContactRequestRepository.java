package org.talentbruecke.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.contact.domain.ContactRequest;
import org.talentbruecke.contact.domain.ContactRequestRepository;

/** Contact requests in the relational database, through JPA. */
@ApplicationScoped
public class JpaContactRequestRepository implements ContactRequestRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ContactRequest> findByPublicId(String publicId) {
    return em.createNamedQuery("ContactRequest.byPublicId", ContactRequest.class)
        .setParameter("publicId", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ContactRequest> findBySeeker(long seekerAccountId) {
    return em.createNamedQuery("ContactRequest.bySeeker", ContactRequest.class)
        .setParameter("account", seekerAccountId)
        .getResultList();
  }

  @Override
  public List<ContactRequest> findByOrganisation(long organisationId) {
    return em.createNamedQuery("ContactRequest.byOrganisation", ContactRequest.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public List<ContactRequest> findByOpeningAndSeeker(long openingId, long seekerAccountId) {
    return em.createNamedQuery("ContactRequest.byOpeningAndSeeker", ContactRequest.class)
        .setParameter("opening", openingId)
        .setParameter("account", seekerAccountId)
        .getResultList();
  }

  @Override
  public ContactRequest store(ContactRequest request) {
    if (request.getId() == null) {
      em.persist(request);
      return request;
    }
    return em.merge(request);
  }

  @Override
  public void delete(ContactRequest request) {
    em.remove(em.contains(request) ? request : em.merge(request));
  }

  @Override
  public void forgetEmployerAccount(long accountId) {
    em.createQuery(
            "SELECT r FROM ContactRequest r WHERE r.requestedBy = :a OR r.answeredBy = :a",
            ContactRequest.class)
        .setParameter("a", accountId)
        .getResultList()
        .forEach(r -> r.forgetEmployerAccount(accountId));
  }
}
