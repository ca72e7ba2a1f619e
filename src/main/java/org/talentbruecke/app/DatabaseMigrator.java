package org.talentbruecke.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned schema migrations before anything else touches the database.
 *
 * <p>Beans that need the schema declare {@code @DependsOn("DatabaseMigrator")}; the readiness check
 * reports DOWN until {@link #isMigrated()} is true.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
  }

  public boolean isMigrated() {
    return migrated;
  }
}
