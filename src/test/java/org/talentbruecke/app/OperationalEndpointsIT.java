package org.talentbruecke.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.it.RunningApplication.ReadinessObservation;

/** Health, metrics and OpenAPI as an operator or an API client sees them. */
@ExtendWith(RunningApplication.class)
class OperationalEndpointsIT {
  private static final Pattern LOG_TIME = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]+)\\]");

  @Test
  void readinessTurnedGreenOnlyAfterTheMigrationsWereApplied() throws Exception {
    RunningApplication.Server server = RunningApplication.server();
    List<ReadinessObservation> observed = server.readiness();
    ReadinessObservation firstUp = observed.get(observed.size() - 1);
    assertThat(firstUp.status()).isEqualTo(200);
    assertThat(firstUp.body()).contains("\"migrated\":\"true\"");
    assertThat(observed.subList(0, observed.size() - 1)).allMatch(o -> o.status() != 200);

    String migrationLine =
        Files.readAllLines(server.log()).stream()
            .filter(l -> l.contains("Database schema at version"))
            .findFirst()
            .orElseThrow();
    Matcher time = LOG_TIME.matcher(migrationLine);
    assertThat(time.find()).as(migrationLine).isTrue();
    Instant migratedAt =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .parse(time.group(1), Instant::from);
    assertThat(firstUp.at()).isAfter(migratedAt);
  }

  @Test
  void livenessMetricsAndOpenApiAnswer() {
    assertThat(Http.get("/health/live").statusCode()).isEqualTo(200);
    assertThat(Http.get("/metrics").statusCode()).isEqualTo(200);
    String openapi = Http.get("/openapi").body();
    assertThat(openapi)
        .contains("/api/v1/auth/token")
        .contains("/api/v1/accounts")
        .contains("/api/v1/me");
  }
}
