package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.domain.PseudonymousHandle;
import org.talentbruecke.profile.application.ProfileErased;

/**
 * Makes the matching index forget a job seeker whose account was deleted, right after the deletion
 * committed: employers no longer see the person's handle in any ranking.
 */
@ApplicationScoped
public class ErasedCandidates {
  @Inject private MatchingService matching;

  // The same key ProfileCandidateSource derives handles with.
  @Inject
  @ConfigProperty(name = "talentbruecke.matching.handle-key")
  private String handleKey;

  void onProfileErased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileErased event) {
    matching.forgetCandidate(new PseudonymousHandle(handleKey).of(event.profileId()));
  }
}
