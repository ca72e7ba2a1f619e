package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningFilter;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.reference.domain.language.CefrLevel;

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

  @Override
  public List<Opening> findPublished(OpeningFilter filter, Instant now, int limit) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT o FROM Opening o WHERE o.status = :published"
                + " AND (o.expiresAt IS NULL OR o.expiresAt > :now)");
    if (filter.occupation() != null) {
      jpql.append(" AND o.requirements.occupationUri = :occupation");
    }
    if (filter.municipality() != null) {
      jpql.append(" AND o.details.municipality = :municipality");
    }
    if (filter.hours() != null) {
      jpql.append(" AND o.details.hours = :hours");
    }
    List<CefrLevel> allowed = null;
    if (filter.maxGermanLevel() != null) {
      allowed =
          Arrays.stream(CefrLevel.values())
              .filter(l -> l.compareTo(filter.maxGermanLevel()) <= 0)
              .toList();
      for (String skill : GERMAN_SUB_SKILLS) {
        String path = "o.details.german." + skill;
        jpql.append(" AND (")
            .append(path)
            .append(" IS NULL OR ")
            .append(path)
            .append(" IN :allowed)");
      }
    }
    jpql.append(" ORDER BY o.publishedAt DESC, o.id DESC");
    TypedQuery<Opening> query =
        em.createQuery(jpql.toString(), Opening.class)
            .setParameter("published", OpeningStatus.PUBLISHED)
            .setParameter("now", now)
            .setMaxResults(limit);
    if (filter.occupation() != null) {
      query.setParameter("occupation", filter.occupation());
    }
    if (filter.municipality() != null) {
      query.setParameter("municipality", filter.municipality());
    }
    if (filter.hours() != null) {
      query.setParameter("hours", filter.hours());
    }
    if (allowed != null) {
      query.setParameter("allowed", allowed);
    }
    return query.getResultList();
  }

  @Override
  public List<String> publishedOccupations(Instant now) {
    return em.createQuery(
            "SELECT DISTINCT o.requirements.occupationUri FROM Opening o WHERE o.status = :published"
                + " AND (o.expiresAt IS NULL OR o.expiresAt > :now) AND o.requirements.occupationUri IS NOT NULL",
            String.class)
        .setParameter("published", OpeningStatus.PUBLISHED)
        .setParameter("now", now)
        .getResultList();
  }

  // Fixed names, never user input, so building the query text from them is safe.
  private static final List<String> GERMAN_SUB_SKILLS =
      List.of("listening", "reading", "spokenInteraction", "spokenProduction", "writing");
}
