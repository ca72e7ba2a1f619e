package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.matching.domain.PseudonymousHandle;
import org.talentbruecke.profile.application.ProfileHandles;

/** Profile's port for the handle: the same keyed hash the rankings use. */
@ApplicationScoped
public class MatchingProfileHandles implements ProfileHandles {
  @Inject
  @ConfigProperty(name = "talentbruecke.matching.handle-key")
  private String handleKey;

  @Override
  public String handleOf(long profileId) {
    return new PseudonymousHandle(handleKey).of(profileId);
  }
}
