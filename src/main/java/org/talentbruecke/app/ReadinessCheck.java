package org.talentbruecke.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    boolean databaseAnswers = databaseAnswers();
    boolean migrated = migrator.isMigrated();
    return HealthCheckResponse.named("database")
        .status(databaseAnswers && migrated)
        .withData("answers", databaseAnswers)
        .withData("migrated", migrated)
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
