package org.talentbruecke.opening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * An unverified employer can draft but not publish; after staff verify, it can. Others see nothing.
 */
@ExtendWith(RunningApplication.class)
class OpeningPublicationApiIT {
  private static final String PASSWORD = "Fachkräfte für Hannover 2026";

  private static String registerEmployer(String organisation) {
    String email = "employer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("displayName", "Erika Betrieb")
            .add("role", "EMPLOYER")
            .add("organisationName", organisation)
            .add("privacyAccepted", true)
            .build()
            .toString();
    HttpResponse<String> created =
        Http.postJson("/api/v1/accounts", body, "X-Forwarded-For", "192.0.2.77");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.token(email, PASSWORD, "192.0.2.77");
  }

  private static HttpResponse<String> post(String path, String token) {
    return Http.send(
        Http.request(path, "Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  @Test
  void unverifiedEmployerCannotPublishUntilStaffVerify() {
    String employer = registerEmployer("Bäckerei Morgenrot");
    HttpResponse<String> draft =
        Http.postJson(
            "/api/v1/openings",
            "{\"title\":\"Bäcker (m/w/d)\"}",
            "Authorization",
            "Bearer " + employer);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    long id = Http.json(draft).getJsonNumber("id").longValue();

    HttpResponse<String> refused = post("/api/v1/openings/" + id + "/publish", employer);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Http.json(refused).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:organisation-not-verified");
    assertThat(
            Http.json(Http.get("/api/v1/openings/" + id, "Authorization", "Bearer " + employer))
                .getString("status"))
        .isEqualTo("DRAFT");

    long organisation =
        Http.json(Http.get("/api/v1/organisations/mine", "Authorization", "Bearer " + employer))
            .getJsonNumber("id")
            .longValue();
    String staff = Http.demoToken("staff");
    assertThat(Http.get("/api/v1/organisations", "Authorization", "Bearer " + staff).body())
        .contains("Bäckerei Morgenrot");
    HttpResponse<String> verified =
        post("/api/v1/organisations/" + organisation + "/verification", staff);
    assertThat(Http.json(verified).getString("verification")).isEqualTo("VERIFIED");

    HttpResponse<String> published = post("/api/v1/openings/" + id + "/publish", employer);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Http.json(published).getString("status")).isEqualTo("PUBLISHED");
  }

  @Test
  void anotherOrganisationsOpeningIsNotFoundEvenByIdGuessing() {
    String owner = registerEmployer("Spedition Leinetal");
    long id =
        Http.json(
                Http.postJson(
                    "/api/v1/openings",
                    "{\"title\":\"Lagerlogistik (m/w/d)\"}",
                    "Authorization",
                    "Bearer " + owner))
            .getJsonNumber("id")
            .longValue();
    String stranger = registerEmployer("Hotel am Markt");
    for (long guess = Math.max(1, id - 3); guess <= id + 3; guess++) {
      HttpResponse<String> read =
          Http.get("/api/v1/openings/" + guess, "Authorization", "Bearer " + stranger);
      assertThat(read.statusCode()).as("GET opening " + guess).isEqualTo(404);
      assertThat(post("/api/v1/openings/" + guess + "/publish", stranger).statusCode())
          .isEqualTo(404);
    }
    JsonObject mine =
        Http.json(Http.get("/api/v1/openings/" + id, "Authorization", "Bearer " + owner));
    assertThat(mine.getString("title")).isEqualTo("Lagerlogistik (m/w/d)");
  }

  @Test
  void draftsAreValidated() {
    String employer = registerEmployer("Elektro Sehnde");
    HttpResponse<String> empty =
        Http.postJson(
            "/api/v1/openings",
            "{\"title\":\"\"}",
            "Authorization",
            "Bearer " + employer,
            "Accept-Language",
            "en");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Please fill in this field.");
    HttpResponse<String> huge =
        Http.postJson(
            "/api/v1/openings",
            Json.createObjectBuilder()
                .add("title", "Elektriker (m/w/d)")
                .add("description", "x".repeat(100_000))
                .build()
                .toString(),
            "Authorization",
            "Bearer " + employer);
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer).body())
        .isEqualTo("[]");
  }
}
