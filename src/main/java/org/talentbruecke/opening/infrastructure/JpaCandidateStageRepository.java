package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.opening.domain.CandidateStage;
import org.talentbruecke.opening.domain.CandidateStageRepository;

/** Candidate stages in CANDIDATE_STAGE, with plain SQL: a two-key row needs no entity. */
@ApplicationScoped
public class JpaCandidateStageRepository implements CandidateStageRepository {
  // Keeps each IN list well below what Derby and PostgreSQL accept in one statement.
  private static final int CHUNK = 200;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<CandidateStage> stageOf(long openingId, long profileId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT STAGE FROM CANDIDATE_STAGE WHERE OPENING_ID = ? AND PROFILE_ID = ?")
            .setParameter(1, openingId)
            .setParameter(2, profileId)
            .getResultList();
    return rows.stream().findFirst().map(v -> CandidateStage.valueOf(v.toString()));
  }

  @Override
  public void save(long openingId, long profileId, CandidateStage stage, Instant at) {
    int updated =
        em.createNativeQuery(
                "UPDATE CANDIDATE_STAGE SET STAGE = ?, CHANGED_AT = ? WHERE OPENING_ID = ? AND PROFILE_ID = ?")
            .setParameter(1, stage.name())
            .setParameter(2, Timestamp.from(at))
            .setParameter(3, openingId)
            .setParameter(4, profileId)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO CANDIDATE_STAGE (OPENING_ID, PROFILE_ID, STAGE, CHANGED_AT) VALUES (?, ?, ?, ?)")
          .setParameter(1, openingId)
          .setParameter(2, profileId)
          .setParameter(3, stage.name())
          .setParameter(4, Timestamp.from(at))
          .executeUpdate();
    }
  }

  @Override
  public Map<Long, Map<CandidateStage, Long>> furthestStages(Collection<Long> openingIds) {
    Map<Long, Map<CandidateStage, Long>> result = new HashMap<>();
    List<Long> ids = new ArrayList<>(openingIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      var query =
          em.createNativeQuery(
              "SELECT OPENING_ID, STAGE, COUNT(*) FROM CANDIDATE_STAGE"
                  + " WHERE OPENING_ID IN ("
                  + marks
                  + ") GROUP BY OPENING_ID, STAGE");
      for (int i = 0; i < chunk.size(); i++) {
        query.setParameter(i + 1, chunk.get(i));
      }
      for (Object row : query.getResultList()) {
        Object[] cells = (Object[]) row;
        result
            .computeIfAbsent(
                ((Number) cells[0]).longValue(), k -> new EnumMap<>(CandidateStage.class))
            .put(CandidateStage.valueOf(cells[1].toString()), ((Number) cells[2]).longValue());
      }
    }
    return result;
  }
}
