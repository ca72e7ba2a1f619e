package org.talentbruecke.opening.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Requirements from ESCO over the API: stored with labels, refused whole when wrong, filtered by
 * occupation.
 */
@ExtendWith(RunningApplication.class)
class OpeningRequirementsApiIT {
  private static final String ESCO = "http://data.europa.eu/esco/";
  private static final String NURSE = ESCO + "occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
  private static final String HYGIENE = ESCO + "skill/0450eaee-1a00-4622-8f4e-5356fce816d2";
  private static final String PATIENT_RIGHTS = ESCO + "skill/2b1ce548-4e16-45fb-bfb2-f3141c8efe8d";
  private static final String COMMUNITY_CARE = ESCO + "skill/0bb3792c-0a17-4e48-a8b3-5603bb12a660";

  private static JsonObjectBuilder requirements() {
    return Json.createObjectBuilder()
        .add("occupation", NURSE)
        .add("mustHaveSkills", Json.createArrayBuilder().add(HYGIENE).add(PATIENT_RIGHTS))
        .add("niceToHaveSkills", Json.createArrayBuilder().add(COMMUNITY_CARE))
        .add("minExperienceYears", 2)
        .add("qualification", "Pflegefachfrau/Pflegefachmann oder gleichwertig")
        .add("qualificationEqf", 4)
        .add(
            "languages",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "tr").add("level", "B2"))
                .add(Json.createObjectBuilder().add("code", "ar").add("level", "B1")));
  }

  private static JsonObjectBuilder body(String title, JsonObjectBuilder requirements) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("municipality", "03241001")
        .add("requirements", requirements);
  }

  private static HttpResponse<String> put(long id, String json, String token) {
    return Http.send(
        Http.request(
                "/api/v1/openings/" + id,
                "Authorization",
                "Bearer " + token,
                "Accept-Language",
                "en")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static JsonArray list(String query) {
    HttpResponse<String> response = Http.get("/api/v1/openings" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static boolean listed(JsonArray list, long id) {
    return list.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id);
  }

  @Test
  void requirementsAreStoredWithLabelsRefusedWholeWhenWrongAndFilteredByOccupation() {
    String employer = Http.demoToken("employer");
    String title =
        "Pflegefachkraft Station 4 (m/w/d) " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/openings",
            body(title, requirements()).build().toString(),
            "Authorization",
            "Bearer " + employer,
            "Accept-Language",
            "de");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject r = Http.json(created).getJsonObject("requirements");
    long id = Http.json(created).getJsonNumber("id").longValue();
    assertThat(r.getString("occupation")).isEqualTo(NURSE);
    assertThat(r.getJsonArray("mustHaveSkills").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly(HYGIENE, PATIENT_RIGHTS);
    assertThat(r.getJsonArray("niceToHaveSkills").getString(0)).isEqualTo(COMMUNITY_CARE);
    assertThat(r.getInt("qualificationEqf")).isEqualTo(4);
    assertThat(r.getInt("minExperienceYears")).isEqualTo(2);
    // Nursing is regulated in Germany: without a choice, full recognition is required.
    assertThat(r.getString("recognition")).isEqualTo("FULL_REQUIRED");
    assertThat(r.getString("occupationRegulation")).isEqualTo("REGULATED");
    // Activity-regulated (not only a protected title): that is why full recognition is pre-set.
    assertThat(r.getString("occupationRegulationKind")).isEqualTo("ACTIVITY");
    assertThat(r.getJsonObject("labels").getString(HYGIENE))
        .isEqualTo("Hygiene im Gesundheitsbereich");
    assertThat(r.getJsonObject("labels").getString(NURSE)).contains("Krankenpfleger");
    assertThat(r.getJsonArray("languages").getJsonObject(0).getString("code")).isEqualTo("tr");

    // Each of these is wrong; the answer names every field, and nothing of it is stored.
    JsonObjectBuilder wrong =
        requirements()
            .add(
                "mustHaveSkills",
                Json.createArrayBuilder()
                    .add(HYGIENE)
                    .add(ESCO + "skill/00000000-0000-0000-0000-000000000000"))
            .add("niceToHaveSkills", Json.createArrayBuilder().add(HYGIENE))
            .add("qualificationEqf", 9)
            .add("qualification", "x".repeat(102_400))
            .add("recognition", "IN_PROGRESS_ACCEPTED");
    HttpResponse<String> bad = put(id, body("Anderer Titel", wrong).build().toString(), employer);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonArray errors = Http.json(bad).getJsonArray("errors");
    assertThat(errors.stream().map(e -> e.asJsonObject().getString("field")).toList())
        .containsExactlyInAnyOrder(
            "mustHaveSkills[1]", "niceToHaveSkills[0]", "qualificationEqf", "qualification");
    assertThat(bad.body())
        .contains("A skill cannot be both must-have and nice-to-have.")
        .contains("This entry does not exist in ESCO.");
    JsonObject unchanged =
        Http.json(Http.get("/api/v1/openings/" + id, "Authorization", "Bearer " + employer));
    assertThat(unchanged.getString("title")).isEqualTo(title);
    assertThat(unchanged.getJsonObject("requirements").getString("recognition"))
        .isEqualTo("FULL_REQUIRED");
    assertThat(
            unchanged.getJsonObject("requirements").getJsonArray("niceToHaveSkills").getString(0))
        .isEqualTo(COMMUNITY_CARE);

    HttpResponse<String> changed =
        put(
            id,
            body(
                    title,
                    requirements()
                        .add("recognition", "IN_PROGRESS_ACCEPTED")
                        .add("niceToHaveSkills", Json.createArrayBuilder().add(PATIENT_RIGHTS))
                        .add("mustHaveSkills", Json.createArrayBuilder().add(HYGIENE)))
                .build()
                .toString(),
            employer);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    JsonObject moved = Http.json(changed).getJsonObject("requirements");
    assertThat(moved.getString("recognition")).isEqualTo("IN_PROGRESS_ACCEPTED");
    assertThat(moved.getJsonArray("niceToHaveSkills").getString(0)).isEqualTo(PATIENT_RIGHTS);

    assertThat(Http.get("/api/v1/openings/published/" + id).statusCode()).isEqualTo(404);
    HttpResponse<String> published =
        Http.send(
            Http.request(
                    "/api/v1/openings/" + id + "/publish", "Authorization", "Bearer " + employer)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

    assertThat(listed(list("?occupation=" + NURSE + "&municipality=03241001"), id)).isTrue();
    assertThat(
            listed(
                list("?occupation=" + ESCO + "occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f"),
                id))
        .isFalse();
    assertThat(Http.get("/api/v1/openings?occupation=" + ESCO + "occupation/nope").statusCode())
        .isEqualTo(400);
    JsonObject seen =
        Http.json(Http.get("/api/v1/openings/published/" + id, "Accept-Language", "en"));
    assertThat(seen.getJsonObject("requirements").getJsonObject("labels").getString(HYGIENE))
        .isEqualTo("hygiene in a health care setting");
  }
}
