package org.talentbruecke.opening.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The furthest stage each candidate has reached per opening. */
public interface CandidateStageRepository {
  Optional<CandidateStage> stageOf(long openingId, long profileId);

  void save(long openingId, long profileId, CandidateStage stage, Instant at);

  /** Per opening, how many candidates have each stage as their furthest. */
  Map<Long, Map<CandidateStage, Long>> furthestStages(Collection<Long> openingIds);
}
