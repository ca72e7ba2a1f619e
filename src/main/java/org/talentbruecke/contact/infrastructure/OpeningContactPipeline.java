package org.talentbruecke.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.talentbruecke.contact.application.ContactPipeline;
import org.talentbruecke.opening.application.CandidatePipeline;
import org.talentbruecke.opening.domain.CandidateStage;

/** Records stages in the opening context's candidate pipeline (the dashboard's counts). */
@ApplicationScoped
public class OpeningContactPipeline implements ContactPipeline {
  @Inject private CandidatePipeline pipeline;

  @Override
  public void suggested(long openingId, long profileId) {
    pipeline.reached(openingId, profileId, CandidateStage.SUGGESTED);
  }

  @Override
  public void contacted(long openingId, long profileId) {
    pipeline.reached(openingId, profileId, CandidateStage.CONTACTED);
  }
}
