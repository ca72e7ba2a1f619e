package org.talentbruecke.opening.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** Opening details over the API: create, change, refuse bad input whole, publish, filter, close. */
@ExtendWith(RunningApplication.class)
class OpeningDetailsApiIT {
  private static final String WUNSTORF = "03241021";

  private static JsonObjectBuilder body(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add(
            "description",
            "Wir pflegen ältere Menschen in Wunstorf. Deutsch B1 reicht, wir helfen beim Lernen.")
        .add("positions", 2)
        .add("municipality", WUNSTORF)
        .add("hours", "SHIFTS")
        .add("startDate", LocalDate.now().plusDays(30).toString())
        .add("payMin", 3100)
        .add("payMax", 3600)
        .add("kind", "JOB")
        .add(
            "german",
            Json.createObjectBuilder()
                .add("listening", "B1")
                .add("reading", "A2")
                .add("spokenInteraction", "B1")
                .add("spokenProduction", "B1")
                .add("writing", "A2"))
        .add(
            "offers",
            Json.createObjectBuilder()
                .add("mentoring", true)
                .add("languageCourse", true)
                .add("recognitionHelp", true))
        .add("openToLearners", true);
  }

  private static HttpResponse<String> put(String path, String json, String token) {
    return Http.send(
        Http.request(path, "Authorization", "Bearer " + token, "Accept-Language", "en")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpResponse<String> post(String path, String token) {
    return Http.send(
        Http.request(path, "Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static JsonArray publicList(String query) {
    HttpResponse<String> response = Http.get("/api/v1/openings" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static boolean listed(JsonArray list, long id) {
    return list.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id);
  }

  @Test
  void detailsAreStoredChangedRefusedWholePublishedFilteredAndClosed() {
    String employer = Http.demoToken("employer");
    String title = "Pflegefachkraft (m/w/d) " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/openings",
            body(title).build().toString(),
            "Authorization",
            "Bearer " + employer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject opening = Http.json(created);
    long id = opening.getJsonNumber("id").longValue();
    assertThat(opening.getString("municipalityName")).isEqualTo("Wunstorf");
    assertThat(opening.getString("hours")).isEqualTo("SHIFTS");
    assertThat(opening.getInt("positions")).isEqualTo(2);
    assertThat(opening.getJsonObject("german").getString("writing")).isEqualTo("A2");
    assertThat(opening.getJsonObject("offers").getBoolean("languageCourse")).isTrue();

    HttpResponse<String> changed =
        put(
            "/api/v1/openings/" + id,
            body(title).add("positions", 3).add("payMax", 3800).build().toString(),
            employer);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.json(changed).getInt("payMax")).isEqualTo(3800);

    HttpResponse<String> bad =
        put(
            "/api/v1/openings/" + id,
            body("Anders")
                .add("startDate", LocalDate.now().minusDays(3).toString())
                .add("payMin", 5000)
                .add("payMax", 4000)
                .add("description", "x".repeat(102_400))
                .build()
                .toString(),
            employer);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("startDate")
        .contains("payMax")
        .contains("description")
        .contains("The start date must not be in the past.");
    JsonObject unchanged =
        Http.json(Http.get("/api/v1/openings/" + id, "Authorization", "Bearer " + employer));
    assertThat(unchanged.getString("title")).isEqualTo(title);
    assertThat(unchanged.getInt("payMax")).isEqualTo(3800);
    assertThat(unchanged.getInt("positions")).isEqualTo(3);

    assertThat(listed(publicList(""), id)).isFalse();
    HttpResponse<String> published = post("/api/v1/openings/" + id + "/publish", employer);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    JsonObject live = Http.json(published);
    assertThat(
            Duration.between(
                Instant.parse(live.getString("publishedAt")),
                Instant.parse(live.getString("expiresAt"))))
        .isEqualTo(Duration.ofDays(60));
    // Since issue 14 a published opening can be corrected, but never past the fair job-ad check
    // (OpeningCorrectionApiIT): a correction with findings is refused and changes nothing.
    HttpResponse<String> unchecked =
        put(
            "/api/v1/openings/" + id,
            body(title).add("description", "Für unser junges Team in Wunstorf.").build().toString(),
            employer);
    assertThat(unchecked.statusCode()).isEqualTo(409);
    assertThat(Http.json(unchecked).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:ad-check-findings");

    assertThat(
            listed(publicList("?municipality=" + WUNSTORF + "&hours=SHIFTS&maxGermanLevel=B1"), id))
        .isTrue();
    assertThat(listed(publicList("?maxGermanLevel=C2"), id)).isTrue();
    assertThat(listed(publicList("?maxGermanLevel=A2"), id)).isFalse();
    assertThat(listed(publicList("?hours=MINI_JOB"), id)).isFalse();
    assertThat(listed(publicList("?municipality=03241001"), id)).isFalse();
    assertThat(
            Http.get("/openings.xhtml?municipality=" + WUNSTORF + "&hours=SHIFTS&maxGermanLevel=B1")
                .body())
        .contains(title)
        .contains("Schichtarbeit");
    assertThat(Http.get("/openings.xhtml?maxGermanLevel=A2").body()).doesNotContain(title);
    assertThat(Http.get("/api/v1/openings?maxGermanLevel=B3").statusCode()).isEqualTo(400);
    assertThat(Http.get("/api/v1/openings?municipality=99999999").statusCode()).isEqualTo(400);

    HttpResponse<String> closed = post("/api/v1/openings/" + id + "/close", employer);
    assertThat(Http.json(closed).getString("status")).isEqualTo("CLOSED");
    assertThat(listed(publicList(""), id)).isFalse();
  }

  @Test
  void anotherOrganisationCannotChangeAnOpeningAndBadDraftsStoreNothing() {
    String owner = Http.demoToken("employer");
    long id =
        Http.json(
                Http.postJson(
                    "/api/v1/openings",
                    body("Koch (m/w/d)").build().toString(),
                    "Authorization",
                    "Bearer " + owner))
            .getJsonNumber("id")
            .longValue();
    String email = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Http.postJson(
        "/api/v1/accounts",
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "Fremde Küche am Steinhuder Meer")
            .add("displayName", "Fremde Firma")
            .add("role", "EMPLOYER")
            .add("organisationName", "Fremdküche")
            .add("privacyAccepted", true)
            .build()
            .toString(),
        "X-Forwarded-For",
        "192.0.2.88");
    String stranger = Http.token(email, "Fremde Küche am Steinhuder Meer", "192.0.2.88");

    HttpResponse<String> foreign =
        put("/api/v1/openings/" + id, body("Gekapert").build().toString(), stranger);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(post("/api/v1/openings/" + id + "/close", stranger).statusCode()).isEqualTo(404);

    HttpResponse<String> inPast =
        Http.postJson(
            "/api/v1/openings",
            body("Koch (m/w/d)").add("startDate", "2020-01-01").build().toString(),
            "Authorization",
            "Bearer " + stranger);
    assertThat(inPast.statusCode()).isEqualTo(400);
    assertThat(Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + stranger).body())
        .isEqualTo("[]");
  }

  @Test
  void staffUnpublishWithAReasonOnly() {
    String employer = Http.demoToken("employer");
    long id =
        Http.json(
                Http.postJson(
                    "/api/v1/openings",
                    body("Lagerhelfer (m/w/d)").build().toString(),
                    "Authorization",
                    "Bearer " + employer))
            .getJsonNumber("id")
            .longValue();
    assertThat(post("/api/v1/openings/" + id + "/publish", employer).statusCode()).isEqualTo(200);
    String staff = Http.demoToken("staff");

    assertThat(
            Http.postJson(
                    "/api/v1/openings/" + id + "/unpublish",
                    "{\"reason\":\"Abgelehnt\"}",
                    "Authorization",
                    "Bearer " + employer)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Http.postJson(
                    "/api/v1/openings/" + id + "/unpublish",
                    "{\"reason\":\" \"}",
                    "Authorization",
                    "Bearer " + staff)
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> unpublished =
        Http.postJson(
            "/api/v1/openings/" + id + "/unpublish",
            "{\"reason\":\"Die Firma gibt es nicht mehr.\"}",
            "Authorization",
            "Bearer " + staff);
    assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
    assertThat(Http.json(unpublished).getString("status")).isEqualTo("CLOSED");
    assertThat(listed(publicList(""), id)).isFalse();
  }
}
