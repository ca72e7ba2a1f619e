package org.talentbruecke.opening.domain;

import java.util.Map;

/** How many candidates of one opening have reached each stage (a hire also counts as suggested). */
public record PipelineCounts(long suggested, long contacted, long interviewed, long hired) {
  public static final PipelineCounts NONE = new PipelineCounts(0, 0, 0, 0);

  /** Counts from the number of candidates whose furthest stage is each stage. */
  public static PipelineCounts fromFurthest(Map<CandidateStage, Long> furthest) {
    long hired = furthest.getOrDefault(CandidateStage.HIRED, 0L);
    long interviewed = hired + furthest.getOrDefault(CandidateStage.INTERVIEWED, 0L);
    long contacted = interviewed + furthest.getOrDefault(CandidateStage.CONTACTED, 0L);
    long suggested = contacted + furthest.getOrDefault(CandidateStage.SUGGESTED, 0L);
    return new PipelineCounts(suggested, contacted, interviewed, hired);
  }

  // Faces EL reads getters, not record accessors.
  public long getSuggested() {
    return suggested;
  }

  public long getContacted() {
    return contacted;
  }

  public long getInterviewed() {
    return interviewed;
  }

  public long getHired() {
    return hired;
  }
}
