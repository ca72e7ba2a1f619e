package org.talentbruecke.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.talentbruecke.shared.infrastructure.DataSourceName;

/**
 * The application's one data source, resolved from MicroProfile Config when the pool is created.
 *
 * <p>Embedded Derby by default; PostgreSQL by setting the data source class, server, port and
 * database name (see docs/operations.md). Properties a driver does not know (Derby has no server or
 * port) are ignored by the pool.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "${MPCONFIG=talentbruecke.db.datasource-class}",
    serverName = "${MPCONFIG=talentbruecke.db.server}",
    databaseName = "${MPCONFIG=talentbruecke.db.name}",
    user = "${MPCONFIG=talentbruecke.db.user}",
    password = "${MPCONFIG=talentbruecke.db.password}",
    properties = {
      "portNumber=${MPCONFIG=talentbruecke.db.port}",
      "createDatabase=${MPCONFIG=talentbruecke.db.create}"
    },
    minPoolSize = 1,
    maxPoolSize = 32)
@ApplicationScoped
public class DataSourceConfiguration {
  /** Kept for the bootstrapping code in {@code app}; contexts use {@link DataSourceName}. */
  public static final String JNDI_NAME = DataSourceName.JNDI;
}
