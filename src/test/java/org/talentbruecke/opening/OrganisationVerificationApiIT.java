package org.talentbruecke.opening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Staff verify, reject with a reason or ask for details over the API; every step is kept; the
 * employer reads the reason and answers by saving; a change after verification sends the
 * organisation back to staff while it stays verified; names are normalised on input.
 */
@ExtendWith(RunningApplication.class)
class OrganisationVerificationApiIT {
  private static final String PASSWORD = "Fachkräfte für Hannover 2026";

  private record Employer(String token, long organisation) {}

  private static Employer register(String organisationName) {
    String email = "verify-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Erika\u200B Betrieb\u202E")
                .add("role", "EMPLOYER")
                .add("organisationName", organisationName)
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            "192.0.2.78");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = Http.token(email, PASSWORD, "192.0.2.78");
    long id = mine(token).getJsonNumber("id").longValue();
    return new Employer(token, id);
  }

  private static JsonObject mine(String token) {
    return Http.json(Http.get("/api/v1/organisations/mine", "Authorization", "Bearer " + token));
  }

  private static HttpResponse<String> decide(long organisation, String json, String token) {
    HttpRequest.Builder request =
        Http.request(
            "/api/v1/organisations/" + organisation + "/verification",
            "Authorization",
            "Bearer " + token);
    if (json == null) {
      return Http.send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
    }
    return Http.send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static JsonArray history(long organisation, String token) {
    HttpResponse<String> response =
        Http.get(
            "/api/v1/organisations/" + organisation + "/verification",
            "Authorization",
            "Bearer " + token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static HttpResponse<String> putProfile(String token, String json) {
    return Http.send(
        Http.request(
                "/api/v1/organisations/mine/profile",
                "Authorization",
                "Bearer " + token,
                "Content-Type",
                "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static final String COMPLETE =
      "{\"legalForm\":\"GMBH\",\"municipality\":\"03241001\",\"street\":\"Limmerstraße 1\","
          + "\"postcode\":\"30453\",\"registerEntry\":\"HRB 4711, Amtsgericht Hannover\","
          + "\"contactPhone\":\"0511 123456\"}";

  @Test
  void aRejectionNeedsAReasonWhichTheEmployerReadsAndAnswersBySaving() {
    Employer employer = register("Reinigung Glanz " + UUID.randomUUID().toString().substring(0, 4));
    String staff = Http.demoToken("staff");

    HttpResponse<String> noReason =
        decide(employer.organisation(), "{\"decision\":\"REJECT\"}", staff);
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("urn:talentbruecke:problem:validation").contains("reason");
    HttpResponse<String> unknown =
        decide(employer.organisation(), "{\"decision\":\"MAYBE\",\"reason\":\"x\"}", staff);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("decision");
    assertThat(mine(employer.token()).getString("verification")).isEqualTo("UNVERIFIED");

    HttpResponse<String> rejected =
        decide(
            employer.organisation(),
            "{\"decision\":\"REJECT\",\"reason\":\"Im Handelsregister nicht zu finden.\"}",
            staff);
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(Http.json(rejected).getString("verification")).isEqualTo("REJECTED");
    JsonObject seen = mine(employer.token());
    assertThat(seen.getString("staffMessage")).isEqualTo("Im Handelsregister nicht zu finden.");
    assertThat(seen.getBoolean("mayPublish")).isFalse();

    HttpResponse<String> again =
        decide(employer.organisation(), "{\"decision\":\"REJECT\",\"reason\":\"nochmal\"}", staff);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("urn:talentbruecke:problem:invalid-state");

    HttpResponse<String> corrected = putProfile(employer.token(), COMPLETE);
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(Http.json(corrected).getString("verification")).isEqualTo("UNVERIFIED");
    assertThat(Http.json(corrected).getJsonArray("missingDetails")).isEmpty();

    JsonArray steps = history(employer.organisation(), staff);
    assertThat(steps).hasSize(2);
    assertThat(steps.getJsonObject(0).getString("step")).isEqualTo("CORRECTED");
    assertThat(steps.getJsonObject(0).getString("actorName")).isEqualTo("Erika Betrieb");
    assertThat(steps.getJsonObject(1).getString("step")).isEqualTo("REJECTED");
    assertThat(steps.getJsonObject(1).getString("reason"))
        .isEqualTo("Im Handelsregister nicht zu finden.");
    assertThat(steps.getJsonObject(1).getString("actorName")).isNotBlank();
  }

  @Test
  void aChangeAfterVerificationGoesBackToStaffAndEveryVerificationIsKept() {
    Employer employer =
        register("Malerbetrieb Farbe " + UUID.randomUUID().toString().substring(0, 4));
    String staff = Http.demoToken("staff");
    assertThat(putProfile(employer.token(), COMPLETE).statusCode()).isEqualTo(200);

    HttpResponse<String> request =
        decide(
            employer.organisation(),
            "{\"decision\":\"REQUEST_DETAILS\",\"reason\":\"Bitte eine Telefonnummer.\"}",
            staff);
    assertThat(Http.json(request).getString("verification")).isEqualTo("DETAILS_REQUESTED");
    assertThat(mine(employer.token()).getString("staffMessage"))
        .isEqualTo("Bitte eine Telefonnummer.");
    putProfile(employer.token(), COMPLETE);
    assertThat(mine(employer.token()).getString("verification")).isEqualTo("UNVERIFIED");

    assertThat(Http.json(decide(employer.organisation(), null, staff)).getString("verification"))
        .isEqualTo("VERIFIED");
    assertThat(decide(employer.organisation(), null, staff).statusCode()).isEqualTo(409);

    HttpResponse<String> renamed =
        putProfile(
            employer.token(), COMPLETE.replace("{", "{\"name\":\"Malerbetrieb Neu\u200B GmbH\","));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    JsonObject after = Http.json(renamed);
    assertThat(after.getString("name")).isEqualTo("Malerbetrieb Neu GmbH");
    assertThat(after.getString("verification")).isEqualTo("RECHECK");
    assertThat(after.getBoolean("mayPublish")).as("openings stay online").isTrue();
    assertThat(Http.get("/api/v1/organisations", "Authorization", "Bearer " + staff).body())
        .contains("Malerbetrieb Neu GmbH");

    assertThat(Http.json(decide(employer.organisation(), null, staff)).getString("verification"))
        .isEqualTo("VERIFIED");
    JsonArray steps = history(employer.organisation(), staff);
    assertThat(steps.stream().map(s -> s.asJsonObject().getString("step")).toList())
        .containsExactly(
            "VERIFIED",
            "CHANGED_AFTER_VERIFICATION",
            "VERIFIED",
            "DETAILS_SUPPLIED",
            "DETAILS_REQUESTED");
    assertThat(steps.getJsonObject(1).getJsonArray("changedFields").getString(0)).isEqualTo("name");
  }

  @Test
  void namesAreStoredWithoutInvisibleOrBidiCharacters() {
    Employer employer = register("\u202EPflege\u200Bzentrum Am Maschsee\u2066 GmbH\u2069 ");
    assertThat(mine(employer.token()).getString("name"))
        .isEqualTo("Pflegezentrum Am Maschsee GmbH");
    String staff = Http.demoToken("staff");
    assertThat(Http.get("/api/v1/organisations", "Authorization", "Bearer " + staff).body())
        .doesNotContain("\u200B")
        .doesNotContain("\u202E");
  }

  @Test
  void onlyStaffDecideOrReadTheHistory() {
    Employer employer = register("Tischlerei Holz " + UUID.randomUUID().toString().substring(0, 4));
    for (String role : new String[] {"employer", "seeker", "admin"}) {
      String token = Http.demoToken(role);
      assertThat(
              decide(employer.organisation(), "{\"decision\":\"REJECT\",\"reason\":\"x\"}", token)
                  .statusCode())
          .as(role)
          .isEqualTo(403);
      assertThat(
              Http.get(
                      "/api/v1/organisations/" + employer.organisation() + "/verification",
                      "Authorization",
                      "Bearer " + token)
                  .statusCode())
          .as(role)
          .isEqualTo(403);
    }
    assertThat(
            decide(
                    employer.organisation(),
                    "{\"decision\":\"REJECT\",\"reason\":\"x\"}",
                    employer.token())
                .statusCode())
        .isEqualTo(403);
    assertThat(decide(987654321L, null, Http.demoToken("staff")).statusCode()).isEqualTo(404);
  }
}
