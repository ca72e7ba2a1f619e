package org.talentbruecke.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * The same WAR and the same migrations on PostgreSQL, the production database: a real server
 * (started by bin/postgres-for-tests), a fresh schema, and an employer's path through the API.
 */
class PostgresIT {
  private static final String USER = "talentbruecke_test";
  private static RunningApplication.Server server;
  private static String jdbcUrl;

  @BeforeAll
  static void startOnPostgres() throws Exception {
    String port = System.getProperty("talentbruecke.pg.port", "");
    if (port.isBlank() || port.startsWith("$")) {
      throw new IllegalStateException(
          "No PostgreSQL for the tests: run bin/test (it calls bin/postgres-for-tests)");
    }
    jdbcUrl = "jdbc:postgresql://localhost:" + port + "/" + USER;
    try (Connection c = DriverManager.getConnection(jdbcUrl, USER, USER);
        Statement s = c.createStatement()) {
      s.execute("DROP OWNED BY " + USER); // a fresh schema for every run
    }
    server =
        RunningApplication.start(
            "postgres",
            Map.of(
                "TALENTBRUECKE_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "TALENTBRUECKE_DB_SERVER", "localhost",
                "TALENTBRUECKE_DB_PORT", port,
                "TALENTBRUECKE_DB_NAME", USER,
                "TALENTBRUECKE_DB_USER", USER,
                "TALENTBRUECKE_DB_PASSWORD", USER));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> post(String path, String json, String token) {
    HttpRequest.Builder request =
        Http.requestTo(server.baseUrl(), path, "Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private static String token(String email, String password) {
    String body =
        Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    HttpResponse<String> response = post("/api/v1/auth/token", body, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getString("accessToken");
  }

  @Test
  void everyMigrationIsAppliedOnPostgres() throws Exception {
    long shipped;
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      shipped = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl, USER, USER);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(shipped);
    }
  }

  @Test
  void anEmployerRegistersDraftsAndPublishesAfterVerificationOnPostgres() throws Exception {
    String password = "Postgres ist die Produktion 1";
    String registration =
        Json.createObjectBuilder()
            .add("email", "pg-employer@example.org")
            .add("password", password)
            .add("displayName", "PG Test")
            .add("role", "EMPLOYER")
            .add("organisationName", "Werkstatt Pattensen")
            .add("privacyAccepted", true)
            .build()
            .toString();
    HttpResponse<String> created = post("/api/v1/accounts", registration, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long organisation = Http.json(created).getJsonNumber("organisationId").longValue();
    String employer = token("pg-employer@example.org", password);

    HttpResponse<String> draft =
        post("/api/v1/openings", "{\"title\":\"Kfz-Mechatroniker (m/w/d)\"}", employer);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    long opening = Http.json(draft).getJsonNumber("id").longValue();
    assertThat(post("/api/v1/openings/" + opening + "/publish", "", employer).statusCode())
        .isEqualTo(403);

    String staff = token("staff@demo.test", Demo.PASSWORD);
    assertThat(
            post("/api/v1/organisations/" + organisation + "/verification", "", staff).statusCode())
        .isEqualTo(200);
    HttpResponse<String> published = post("/api/v1/openings/" + opening + "/publish", "", employer);
    assertThat(Http.json(published).getString("status")).isEqualTo("PUBLISHED");

    try (Connection c = DriverManager.getConnection(jdbcUrl, USER, USER);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT status FROM opening WHERE id = " + opening)) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("PUBLISHED");
    }
  }
}
