package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningFilter;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.opening.domain.OpeningSort;
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
  public void delete(Opening opening) {
    em.remove(em.contains(opening) ? opening : em.merge(opening));
  }

  @Override
  public List<Opening> findPublished(OpeningFilter filter, Instant now, int limit) {
    return findPublished(filter, null, OpeningSort.NEWEST, now, 0, limit);
  }

  @Override
  public List<Opening> findPublished(
      OpeningFilter filter, String keyword, OpeningSort sort, Instant now, int offset, int limit) {
    String order =
        sort == OpeningSort.CLOSING_SOON
            // Ascending order puts NULL last on both Derby and PostgreSQL: no expiry, no hurry.
            ? " ORDER BY o.expiresAt ASC, o.publishedAt DESC, o.id DESC"
            : " ORDER BY o.publishedAt DESC, o.id DESC";
    TypedQuery<Opening> query =
        em.createQuery("SELECT o FROM Opening o" + where(filter, keyword) + order, Opening.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    bind(query, filter, keyword, now);
    return query.getResultList();
  }

  @Override
  public long countPublished(OpeningFilter filter, String keyword, Instant now) {
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(o) FROM Opening o" + where(filter, keyword), Long.class);
    bind(query, filter, keyword, now);
    return query.getSingleResult();
  }

  private static String where(OpeningFilter filter, String keyword) {
    StringBuilder jpql =
        new StringBuilder(
            " WHERE o.status = :published AND (o.expiresAt IS NULL OR o.expiresAt > :now)");
    if (filter.occupation() != null) {
      jpql.append(" AND o.requirements.occupationUri = :occupation");
    }
    if (filter.municipality() != null) {
      jpql.append(" AND o.details.municipality = :municipality");
    }
    if (filter.hours() != null) {
      jpql.append(" AND o.details.hours = :hours");
    }
    if (filter.maxGermanLevel() != null) {
      for (String skill : GERMAN_SUB_SKILLS) {
        String path = "o.details.german." + skill;
        jpql.append(" AND (")
            .append(path)
            .append(" IS NULL OR ")
            .append(path)
            .append(" IN :allowed)");
      }
    }
    if (keyword != null) {
      jpql.append(
          " AND (LOWER(o.title) LIKE :keyword ESCAPE '\\'"
              + " OR LOWER(o.description) LIKE :keyword ESCAPE '\\')");
    }
    return jpql.toString();
  }

  private static void bind(TypedQuery<?> query, OpeningFilter filter, String keyword, Instant now) {
    query.setParameter("published", OpeningStatus.PUBLISHED).setParameter("now", now);
    if (filter.occupation() != null) {
      query.setParameter("occupation", filter.occupation());
    }
    if (filter.municipality() != null) {
      query.setParameter("municipality", filter.municipality());
    }
    if (filter.hours() != null) {
      query.setParameter("hours", filter.hours());
    }
    if (filter.maxGermanLevel() != null) {
      query.setParameter(
          "allowed",
          Arrays.stream(CefrLevel.values())
              .filter(l -> l.compareTo(filter.maxGermanLevel()) <= 0)
              .toList());
    }
    if (keyword != null) {
      query.setParameter("keyword", "%" + likeEscaped(keyword.toLowerCase(Locale.ROOT)) + "%");
    }
  }

  // The visitor's text is matched literally: % and _ are not wildcards for them.
  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

  @Override
  public Map<String, Long> countRequiredSkills(Instant now) {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT s.skillUri, COUNT(DISTINCT o.id) FROM Opening o JOIN o.skills s"
                + " WHERE o.status = :published AND (o.expiresAt IS NULL OR o.expiresAt > :now)"
                + " GROUP BY s.skillUri",
            Object[].class)
        .setParameter("published", OpeningStatus.PUBLISHED)
        .setParameter("now", now)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  // Fixed names, never user input, so building the query text from them is safe.
  private static final List<String> GERMAN_SUB_SKILLS =
      List.of("listening", "reading", "spokenInteraction", "spokenProduction", "writing");
}
