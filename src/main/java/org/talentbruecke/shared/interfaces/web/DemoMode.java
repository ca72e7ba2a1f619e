package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this installation runs with demo data, so pages can say so. */
@Named
@ApplicationScoped
public class DemoMode {
  @Inject
  @ConfigProperty(name = "talentbruecke.demo", defaultValue = "true")
  boolean active;

  public boolean isActive() {
    return active;
  }
}
