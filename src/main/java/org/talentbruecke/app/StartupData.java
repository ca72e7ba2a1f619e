package org.talentbruecke.app;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.app.demo.DemoData;
import org.talentbruecke.app.demo.DemoSettings;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.identity.domain.Role;

/**
 * Creates the first administrator from configuration and, in demo mode, the demo data. Runs once
 * per start after the migrations; everything it does is idempotent, so a restart reuses the data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupData {
  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @Inject private AccountBootstrap bootstrap;
  @Inject private DemoData demoData;
  @Inject private DemoSettings demoSettings;

  @Inject
  @ConfigProperty(name = "talentbruecke.admin.email", defaultValue = "admin@demo.test")
  String adminEmail;

  @Inject
  @ConfigProperty(name = "talentbruecke.admin.password")
  Optional<String> adminPassword;

  private volatile boolean done;

  @PostConstruct
  void load() {
    createFirstAdmin();
    if (demoSettings.isActive()) {
      demoData.load();
    }
    done = true;
  }

  public boolean isDone() {
    return done;
  }

  private void createFirstAdmin() {
    if (bootstrap.hasAdmin()) {
      return;
    }
    String password = adminPassword.filter(p -> !p.isBlank()).orElse("");
    if (password.isEmpty()) {
      if (!demoSettings.isActive()) {
        LOG.warning(
            "No administrator exists and TALENTBRUECKE_ADMIN_PASSWORD is not set:"
                + " set it (at least 12 characters) and restart to create the first admin.");
        return;
      }
      password = DemoData.PASSWORD;
    }
    bootstrap.createIfAbsent(adminEmail, "Administrator", password, Role.ADMIN, null);
    LOG.info(() -> "Created the first administrator " + adminEmail);
  }
}
