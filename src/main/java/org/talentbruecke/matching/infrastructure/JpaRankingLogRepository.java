package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.talentbruecke.matching.domain.RankingLogEntry;
import org.talentbruecke.matching.domain.RankingLogRepository;

/** The ranking log in the relational database, through JPA. */
@ApplicationScoped
public class JpaRankingLogRepository implements RankingLogRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(RankingLogEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<RankingLogEntry> find(Long openingId, int limit, int offset) {
    TypedQuery<RankingLogEntry> query =
        openingId == null
            ? em.createQuery(
                "SELECT e FROM RankingLogEntry e ORDER BY e.shownAt DESC, e.id DESC",
                RankingLogEntry.class)
            : em.createQuery(
                    "SELECT e FROM RankingLogEntry e WHERE e.openingId = :openingId"
                        + " ORDER BY e.shownAt DESC, e.id DESC",
                    RankingLogEntry.class)
                .setParameter("openingId", openingId);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(Long openingId) {
    return openingId == null
        ? em.createQuery("SELECT COUNT(e) FROM RankingLogEntry e", Long.class).getSingleResult()
        : em.createQuery(
                "SELECT COUNT(e) FROM RankingLogEntry e WHERE e.openingId = :openingId", Long.class)
            .setParameter("openingId", openingId)
            .getSingleResult();
  }

  @Override
  public int deleteBefore(Instant instant) {
    return em.createQuery("DELETE FROM RankingLogEntry e WHERE e.shownAt < :instant")
        .setParameter("instant", instant)
        .executeUpdate();
  }
}
