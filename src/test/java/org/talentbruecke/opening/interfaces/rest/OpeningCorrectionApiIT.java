package org.talentbruecke.opening.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Correcting a published opening over the API (the fair job-ad check first, the published version
 * unchanged until acknowledged, earlier versions kept), extending, reopening and deleting, and
 * another organisation refused everywhere.
 */
@ExtendWith(RunningApplication.class)
class OpeningCorrectionApiIT {
  private static final ZoneId REGION = ZoneId.of("Europe/Berlin");
  private static final String FAIR = "Für unser motiviertes Team. Deutsch B1 reicht.";
  private static final String RISKY = "Für unser junges Team. Deutsch B1 reicht.";

  private static String auth(String token) {
    return "Bearer " + token;
  }

  private static String body(String title, String description) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("description", description)
        .add("municipality", "03241001")
        .build()
        .toString();
  }

  private static long published(String token, String title) {
    HttpResponse<String> created =
        Http.postJson("/api/v1/openings", body(title, FAIR), "Authorization", auth(token));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getJsonNumber("id").longValue();
    HttpResponse<String> published = post("/api/v1/openings/" + id + "/publish", token, null);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  private static HttpResponse<String> post(String path, String token, String json) {
    return Http.send(
        Http.request(path, "Authorization", auth(token), "Accept-Language", "en")
            .header("Content-Type", "application/json")
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpResponse<String> put(String path, String token, String json) {
    return Http.send(
        Http.request(path, "Authorization", auth(token), "Accept-Language", "en")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpResponse<String> delete(String path, String token) {
    return Http.send(
        Http.request(path, "Authorization", auth(token), "Accept-Language", "en").DELETE().build());
  }

  private static JsonObject publicView(long id) {
    HttpResponse<String> read = Http.get("/api/v1/openings/published/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return Http.json(read);
  }

  private static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  @Test
  void aPublishedOpeningIsCorrectedOnlyAfterTheAdCheckAndKeepsItsEarlierVersion() {
    String employer = Http.demoToken("employer");
    long id = published(employer, "Fachkraft Lagerlogistik (m/w/d)");
    String publishedAt = publicView(id).getString("publishedAt", null);

    HttpResponse<String> refused =
        put("/api/v1/openings/" + id, employer, body("Fachkraft Lager (m/w/d)", RISKY));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(Http.json(refused).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:ad-check-findings");
    assertThat(Http.json(refused).getJsonArray("findings").getJsonObject(0).getString("phrase"))
        .isEqualTo("junges Team");
    // The published version is still what job seekers see, and no version was kept.
    assertThat(publicView(id).getString("title")).isEqualTo("Fachkraft Lagerlogistik (m/w/d)");
    assertThat(publicView(id).getString("description")).isEqualTo(FAIR);
    assertThat(
            array(
                Http.get("/api/v1/openings/" + id + "/versions", "Authorization", auth(employer))))
        .isEmpty();

    HttpResponse<String> anyway =
        put(
            "/api/v1/openings/" + id + "?acknowledgeFindings=true",
            employer,
            body("Fachkraft Lager (m/w/d)", RISKY));
    assertThat(anyway.statusCode()).as(anyway.body()).isEqualTo(200);
    assertThat(Http.json(anyway).getString("status")).isEqualTo("PUBLISHED");
    assertThat(publicView(id).getString("title")).isEqualTo("Fachkraft Lager (m/w/d)");
    assertThat(publicView(id).getString("description")).isEqualTo(RISKY);
    assertThat(publicView(id).getString("publishedAt", null)).isEqualTo(publishedAt);
    assertThat(
            array(
                Http.get(
                    "/api/v1/openings/" + id + "/acknowledged-findings",
                    "Authorization",
                    auth(employer))))
        .extracting(v -> v.asJsonObject().getString("ruleId"))
        .containsExactly("YOUNG_TEAM");

    HttpResponse<String> fair =
        put("/api/v1/openings/" + id, employer, body("Fachkraft Lager (w/m/d)", FAIR));
    assertThat(fair.statusCode()).as(fair.body()).isEqualTo(200);

    JsonArray versions =
        array(Http.get("/api/v1/openings/" + id + "/versions", "Authorization", auth(employer)));
    assertThat(versions).hasSize(2);
    JsonObject newest = versions.getJsonObject(0);
    JsonObject first = versions.getJsonObject(1);
    assertThat(first.getInt("number")).isEqualTo(1);
    assertThat(first.getString("title")).isEqualTo("Fachkraft Lagerlogistik (m/w/d)");
    assertThat(first.getString("description")).isEqualTo(FAIR);
    assertThat(first.getString("terms")).contains("\"municipality\":\"03241001\"");
    assertThat(newest.getInt("number")).isEqualTo(2);
    assertThat(newest.getString("title")).isEqualTo("Fachkraft Lager (m/w/d)");
    assertThat(Instant.parse(newest.getString("liveFrom")))
        .isEqualTo(Instant.parse(first.getString("replacedAt")));

    // Invalid fields: nothing changes, no version is kept.
    HttpResponse<String> invalid = put("/api/v1/openings/" + id, employer, body("", FAIR));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(publicView(id).getString("title")).isEqualTo("Fachkraft Lager (w/m/d)");
    assertThat(
            array(
                Http.get("/api/v1/openings/" + id + "/versions", "Authorization", auth(employer))))
        .hasSize(2);
  }

  @Test
  void anExtensionIsLimitedAndExplained() {
    String employer = Http.demoToken("employer");
    long id = published(employer, "Verkäufer (m/w/d) Bäckerei");
    LocalDate today = LocalDate.now(REGION);

    HttpResponse<String> past =
        post(
            "/api/v1/openings/" + id + "/extend",
            employer,
            "{\"lastDay\":\"" + today.minusDays(1) + "\"}");
    assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
    assertThat(past.body()).contains("Please choose a day after today.");

    HttpResponse<String> far =
        post(
            "/api/v1/openings/" + id + "/extend",
            employer,
            "{\"lastDay\":\"" + today.plusDays(61) + "\"}");
    assertThat(far.statusCode()).as(far.body()).isEqualTo(400);
    assertThat(far.body()).contains("at most 60 days from today");

    HttpResponse<String> missing = post("/api/v1/openings/" + id + "/extend", employer, "{}");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);

    LocalDate lastDay = today.plusDays(45);
    HttpResponse<String> extended =
        post("/api/v1/openings/" + id + "/extend", employer, "{\"lastDay\":\"" + lastDay + "\"}");
    assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
    assertThat(Instant.parse(Http.json(extended).getString("expiresAt")))
        .isEqualTo(lastDay.plusDays(1).atStartOfDay(REGION).toInstant());
  }

  @Test
  void closedOpeningsAreReopenedAsNewDraftsAndOnlyDraftsAreDeleted() {
    String employer = Http.demoToken("employer");
    long id = published(employer, "Gärtner (m/w/d)");

    assertThat(delete("/api/v1/openings/" + id, employer).statusCode()).isEqualTo(409);
    assertThat(post("/api/v1/openings/" + id + "/reopen", employer, null).statusCode())
        .isEqualTo(409);
    assertThat(post("/api/v1/openings/" + id + "/close", employer, null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> closedEdit =
        put("/api/v1/openings/" + id, employer, body("Gärtner (w/m/d)", FAIR));
    assertThat(closedEdit.statusCode()).as(closedEdit.body()).isEqualTo(409);
    assertThat(delete("/api/v1/openings/" + id, employer).statusCode()).isEqualTo(409);

    HttpResponse<String> reopened = post("/api/v1/openings/" + id + "/reopen", employer, null);
    assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(201);
    JsonObject draft = Http.json(reopened);
    long copy = draft.getJsonNumber("id").longValue();
    assertThat(copy).isNotEqualTo(id);
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("title")).isEqualTo("Gärtner (m/w/d)");
    assertThat(reopened.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/openings/" + copy);
    assertThat(
            Http.json(Http.get("/api/v1/openings/" + id, "Authorization", auth(employer)))
                .getString("status"))
        .isEqualTo("CLOSED");

    assertThat(delete("/api/v1/openings/" + copy, employer).statusCode()).isEqualTo(204);
    assertThat(Http.get("/api/v1/openings/" + copy, "Authorization", auth(employer)).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anotherOrganisationCannotTouchTheOpening() {
    String owner = Http.demoToken("employer");
    long id = published(owner, "Koch (m/w/d) Kantine");
    String stranger = registerEmployer();

    assertThat(put("/api/v1/openings/" + id, stranger, body("Übernommen", FAIR)).statusCode())
        .isEqualTo(404);
    assertThat(
            post("/api/v1/openings/" + id + "/extend", stranger, "{\"lastDay\":\"2099-01-01\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(post("/api/v1/openings/" + id + "/close", stranger, null).statusCode())
        .isEqualTo(404);
    assertThat(delete("/api/v1/openings/" + id, stranger).statusCode()).isEqualTo(404);
    assertThat(
            Http.get("/api/v1/openings/" + id + "/versions", "Authorization", auth(stranger))
                .statusCode())
        .isEqualTo(404);
    assertThat(post("/api/v1/openings/" + id + "/reopen", stranger, null).statusCode())
        .isEqualTo(404);
    assertThat(publicView(id).getString("title")).isEqualTo("Koch (m/w/d) Kantine");
    String seeker = Http.demoToken("seeker");
    assertThat(delete("/api/v1/openings/" + id, seeker).statusCode()).isEqualTo(403);
  }

  private static String registerEmployer() {
    String email = "employer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String password = "Fachkräfte für Hannover 2026";
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", password)
            .add("displayName", "Fremde Firma")
            .add("role", "EMPLOYER")
            .add("organisationName", "Fremdbetrieb Laatzen")
            .add("privacyAccepted", true)
            .build()
            .toString();
    HttpResponse<String> created =
        Http.postJson("/api/v1/accounts", body, "X-Forwarded-For", "192.0.2.78");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.token(email, password, "192.0.2.78");
  }
}
