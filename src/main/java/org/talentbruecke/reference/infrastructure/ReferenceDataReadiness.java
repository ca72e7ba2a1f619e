package org.talentbruecke.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.talentbruecke.reference.application.ConceptSearch;
import org.talentbruecke.reference.application.EscoImportJobs;

/**
 * Ready once the ESCO search index is built. On the very first start this includes importing the
 * shipped ESCO data, so readiness stays DOWN for the length of that import.
 */
@Readiness
@ApplicationScoped
public class ReferenceDataReadiness implements HealthCheck {
  @Inject private ConceptSearch search;
  @Inject private EscoImportJobs jobs;

  @Override
  public HealthCheckResponse call() {
    EscoImportJobs.ImportStatus status = jobs.status();
    return HealthCheckResponse.named("reference-data")
        .status(search.isReady())
        .withData("searchIndex", search.isReady())
        .withData("import", status.phase())
        .withData("percent", status.percent())
        .build();
  }
}
