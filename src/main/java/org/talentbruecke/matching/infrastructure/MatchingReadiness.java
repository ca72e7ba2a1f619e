package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.talentbruecke.matching.application.MatchingService;

/**
 * Not ready while the matching index is being built after the reference data were loaded; before
 * that (no ESCO data yet) matching does not hold the service back, it just answers empty.
 */
@Readiness
@ApplicationScoped
public class MatchingReadiness implements HealthCheck {
  @Inject private MatchingService matching;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("matching")
        .status(!matching.isWaitedFor())
        .withData("indexBuilt", matching.isReady())
        .withData("candidates", matching.candidateCount())
        .withData("openings", matching.openingCount())
        .build();
  }
}
