package org.talentbruecke.shared.infrastructure;

/**
 * The JNDI name of the application's one data source. {@code app.DataSourceConfiguration} defines
 * the data source under this name; code that needs plain JDBC (the ESCO import, migrations,
 * readiness) looks it up here, so no context has to import the bootstrapping package {@code app}.
 */
public final class DataSourceName {
  public static final String JNDI = "java:app/jdbc/talentbruecke";

  private DataSourceName() {}
}
