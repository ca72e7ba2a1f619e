package org.talentbruecke.opening.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** Publishing through the API runs the fair job-ad check; findings stop it until acknowledged. */
@ExtendWith(RunningApplication.class)
class PublishWithAdCheckApiIT {
  private static final String RISKY =
      "Für unser junges Team suchen wir Verstärkung. Voraussetzung: Deutsch als Muttersprache.";

  private static long draft(String token, String title, String description) {
    String body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("description", description)
            .build()
            .toString();
    HttpResponse<String> created =
        Http.postJson("/api/v1/openings", body, "Authorization", "Bearer " + token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> post(String path, String token, String... headers) {
    HttpRequest.Builder request =
        Http.request(path, headers).header("Authorization", "Bearer " + token);
    return Http.send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  @Test
  void findingsStopPublishingUntilAcknowledgedAndAreThenRecorded() {
    String employer = Http.demoToken("employer");
    long id = draft(employer, "Kundenberater (m/w/d)", RISKY);

    HttpResponse<String> refused =
        post("/api/v1/openings/" + id + "/publish", employer, "Accept-Language", "en");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = Http.json(refused);
    assertThat(problem.getString("type")).isEqualTo("urn:talentbruecke:problem:ad-check-findings");
    JsonArray findings = problem.getJsonArray("findings");
    assertThat(findings).hasSize(2);
    assertThat(findings.getJsonObject(0).getString("phrase")).isEqualTo("junges Team");
    assertThat(findings.getJsonObject(1).getString("phrase"))
        .isEqualTo("Deutsch als Muttersprache");
    assertThat(findings.getJsonObject(1).getString("reason")).contains("Federal Labour Court");
    assertThat(
            Http.json(Http.get("/api/v1/openings/" + id, "Authorization", "Bearer " + employer))
                .getString("status"))
        .isEqualTo("DRAFT");
    assertThat(
            Http.get(
                    "/api/v1/openings/" + id + "/acknowledged-findings",
                    "Authorization",
                    "Bearer " + employer)
                .body())
        .isEqualTo("[]");

    HttpResponse<String> anyway =
        post("/api/v1/openings/" + id + "/publish?acknowledgeFindings=true", employer);
    assertThat(anyway.statusCode()).as(anyway.body()).isEqualTo(200);
    assertThat(Http.json(anyway).getString("status")).isEqualTo("PUBLISHED");

    HttpResponse<String> recorded =
        Http.get(
            "/api/v1/openings/" + id + "/acknowledged-findings",
            "Authorization",
            "Bearer " + employer);
    JsonArray rows = Json.createReader(new java.io.StringReader(recorded.body())).readArray();
    assertThat(rows).hasSize(2);
    assertThat(rows.getJsonObject(0).getString("ruleId")).isEqualTo("YOUNG_TEAM");
    assertThat(rows.getJsonObject(1).getString("ruleId")).isEqualTo("NATIVE_LANGUAGE");
    assertThat(rows.getJsonObject(1).getString("phrase")).isEqualTo("Deutsch als Muttersprache");
    long me =
        Http.json(Http.get("/api/v1/me", "Authorization", "Bearer " + employer))
            .getJsonNumber("id")
            .longValue();
    assertThat(rows.getJsonObject(0).getJsonNumber("acknowledgedBy").longValue()).isEqualTo(me);
    assertThat(rows.getJsonObject(0).getString("acknowledgedAt")).isNotBlank();

    HttpResponse<String> again = post("/api/v1/openings/" + id + "/publish", employer);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Http.json(again).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:invalid-state");
  }

  @Test
  void adWithoutFindingsPublishesAndRecordsNothing() {
    String employer = Http.demoToken("employer");
    long id =
        draft(employer, "Kundenberater (m/w/d)", "Für unser motiviertes Team. Deutsch B1 reicht.");
    HttpResponse<String> published = post("/api/v1/openings/" + id + "/publish", employer);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(
            Http.get(
                    "/api/v1/openings/" + id + "/acknowledged-findings",
                    "Authorization",
                    "Bearer " + employer)
                .body())
        .isEqualTo("[]");
  }
}
