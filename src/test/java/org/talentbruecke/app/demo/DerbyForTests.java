package org.talentbruecke.app.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** A fresh embedded Derby database under target/ with all migrations applied, without a server. */
final class DerbyForTests {
  private DerbyForTests() {}

  static String create(String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "derby-tests"));
    String url =
        "jdbc:derby:"
            + dir.resolve(name + "-" + System.nanoTime()).toAbsolutePath()
            + ";create=true";
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return url;
  }

  static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }
}
