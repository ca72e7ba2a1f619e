package org.talentbruecke.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * In demo mode the service is ready only once the demo openings and employers exist: they wait for
 * ESCO, and a visitor (or a test) arriving between the end of the import and their creation would
 * see an empty list.
 */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {
  @Inject private DemoOpenings openings;
  @Inject private DemoEmployers employers;
  @Inject private DemoSettings settings;

  @Override
  public HealthCheckResponse call() {
    boolean demo = settings.isActive();
    boolean ready = !demo || (openings.isSettled() && employers.isSettled());
    return HealthCheckResponse.named("demo-data").status(ready).withData("demo", demo).build();
  }
}
