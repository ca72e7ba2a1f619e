package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.opening.domain.CandidateStage;
import org.talentbruecke.opening.domain.CandidateStageRepository;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.opening.domain.PipelineCounts;
import org.talentbruecke.shared.application.NotFound;

/**
 * Where candidates stand with each opening: the matching context records suggestions, the review
 * context contacts, interviews and hires; the employer dashboard reads the counts. Until those
 * contexts exist nothing is recorded and every count is an honest zero.
 */
@ApplicationScoped
public class CandidatePipeline {
  @Inject private CandidateStageRepository stages;
  @Inject private OpeningRepository openings;
  @Inject private Clock clock;

  /**
   * Records that a candidate (a job seeker's profile) has reached {@code stage} for an opening. A
   * stage is never taken back: recording an earlier stage than the one reached changes nothing.
   */
  @Transactional
  public void reached(long openingId, long profileId, CandidateStage stage) {
    openings.find(openingId).orElseThrow(() -> new NotFound("Opening"));
    Optional<CandidateStage> current = stages.stageOf(openingId, profileId);
    if (current.isEmpty() || current.get().compareTo(stage) < 0) {
      stages.save(openingId, profileId, stage, clock.instant());
    }
  }

  /** Counts per opening id; openings without candidates get {@link PipelineCounts#NONE}. */
  public Map<Long, PipelineCounts> counts(Collection<Long> openingIds) {
    Map<Long, PipelineCounts> counts = new HashMap<>();
    openingIds.forEach(id -> counts.put(id, PipelineCounts.NONE));
    if (!openingIds.isEmpty()) {
      stages
          .furthestStages(openingIds)
          .forEach((id, furthest) -> counts.put(id, PipelineCounts.fromFurthest(furthest)));
    }
    return counts;
  }
}
