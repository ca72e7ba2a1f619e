package org.talentbruecke.profile.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * A new job seeker builds a profile step by step over the API; bad input stores nothing; other
 * roles are refused.
 */
@ExtendWith(RunningApplication.class)
class ProfileApiIT {
  private static final String PASSWORD = "Pflege in Hannover 2026!";
  private static final String NURSE =
      "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
  private static final String SKILL = "http://data.europa.eu/esco/skill/";
  private static final String SKILLS =
      "[{\"escoUri\":\""
          + SKILL
          + "1fd57242-267e-46df-bd8c-849fdd593a50\",\"level\":\"EXPERT\",\"usedInGermany\":true},"
          + "{\"escoUri\":\""
          + SKILL
          + "53141450-2fa9-4890-a64e-7ffd4e1144be\",\"level\":\"EXPERIENCED\"},"
          + "{\"description\":\"Pflege auf Arabisch erklären\",\"level\":\"BASIC\"}]";
  private static String seeker;

  @BeforeAll
  static void register() {
    String email = "seeker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("displayName", "Leyla Test")
            .add("role", "JOB_SEEKER")
            .add("privacyAccepted", true)
            .build()
            .toString();
    HttpResponse<String> created =
        Http.postJson("/api/v1/accounts", body, "X-Forwarded-For", "192.0.2.91");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    seeker = Http.token(email, PASSWORD, "192.0.2.91");
  }

  private static HttpResponse<String> put(String path, String json, String token) {
    return Http.send(
        Http.request(
                "/api/v1/profiles/me" + path,
                "Authorization",
                "Bearer " + token,
                "Content-Type",
                "application/json",
                "Accept-Language",
                "en")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static JsonObject get(String path, String token) {
    HttpResponse<String> response =
        Http.get("/api/v1/profiles/me" + path, "Authorization", "Bearer " + token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static int percent() {
    return get("/completeness", seeker).getInt("percent");
  }

  private static void assertFieldError(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonObject problem = Http.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:talentbruecke:problem:validation");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains(field);
  }

  @Test
  void aNewSeekerBuildsTheProfileStepByStepAndCompletenessRises() {
    JsonObject empty = get("", seeker);
    assertThat(empty.getJsonArray("occupations")).isEmpty();
    assertThat(empty.getString("visibility")).isEqualTo("STAFF_ONLY");
    int before = percent();

    HttpResponse<String> occupations =
        put("/occupations", "[{\"escoUri\":\"" + NURSE + "\",\"preferred\":true}]", seeker);
    assertThat(occupations.statusCode()).as(occupations.body()).isEqualTo(200);
    int afterOccupations = percent();
    assertThat(afterOccupations).isGreaterThan(before);

    assertThat(put("/skills", SKILLS, seeker).statusCode()).isEqualTo(200);
    int afterSkills = percent();
    assertThat(afterSkills).isGreaterThan(afterOccupations);

    String languages =
        "[{\"code\":\"ar\",\"motherTongue\":true},{\"code\":\"de\",\"levels\":{\"LISTENING\":\"B1\",\"READING\":\"B1\","
            + "\"SPOKEN_INTERACTION\":\"B1\",\"SPOKEN_PRODUCTION\":\"A2\",\"WRITING\":\"A2\"},"
            + "\"certificates\":[{\"name\":\"DTZ B1\",\"date\":\"2024-06-14\"}]}]";
    assertThat(put("/languages", languages, seeker).statusCode()).isEqualTo(200);
    int afterLanguages = percent();
    assertThat(afterLanguages).isGreaterThan(afterSkills);

    String qualifications =
        "[{\"type\":\"VOCATIONAL\",\"title\":\"Krankenpflege\",\"country\":\"SY\",\"year\":2014,\"eqfLevel\":4,"
            + "\"recognition\":{\"status\":\"APPLIED\",\"appliedOn\":\"2025-11-03\",\"body\":\"Landesamt für Soziales\"}}]";
    HttpResponse<String> saved = put("/qualifications", qualifications, seeker);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(percent()).isGreaterThan(afterLanguages);

    assertThat(
            put("/visibility", "{\"visibility\":\"ANONYMOUS_TO_VERIFIED_EMPLOYERS\"}", seeker)
                .statusCode())
        .isEqualTo(200);

    JsonObject profile = get("", seeker);
    assertThat(profile.getJsonArray("occupations").getJsonObject(0).getString("escoUri"))
        .isEqualTo(NURSE);
    assertThat(profile.getJsonArray("skills")).hasSize(3);
    assertThat(
            profile
                .getJsonArray("languages")
                .getJsonObject(1)
                .getJsonObject("levels")
                .getString("WRITING"))
        .isEqualTo("A2");
    assertThat(
            profile
                .getJsonArray("languages")
                .getJsonObject(1)
                .getJsonArray("certificates")
                .getJsonObject(0)
                .getString("name"))
        .isEqualTo("DTZ B1");
    assertThat(
            profile
                .getJsonArray("qualifications")
                .getJsonObject(0)
                .getJsonObject("recognition")
                .getString("status"))
        .isEqualTo("APPLIED");
    assertThat(profile.getString("visibility")).isEqualTo("ANONYMOUS_TO_VERIFIED_EMPLOYERS");

    // Identity data are optional, stored apart and never part of the skills profile.
    HttpResponse<String> personal =
        put("/personal-details", "{\"nationality\":\"SY\",\"dateOfBirth\":\"1991-02-03\"}", seeker);
    assertThat(personal.statusCode()).as(personal.body()).isEqualTo(200);
    assertThat(get("/personal-details", seeker).getString("nationality")).isEqualTo("SY");
    assertThat(get("", seeker).toString()).doesNotContain("nationality", "1991-02-03");

    // The whole profile goes back in as it came out.
    HttpResponse<String> roundTrip = put("", profile.toString(), seeker);
    assertThat(roundTrip.statusCode()).as(roundTrip.body()).isEqualTo(200);
    assertThat(Http.json(roundTrip)).isEqualTo(profile);
  }

  @Test
  void badInputNamesTheFieldAndStoresNothing() {
    String other = registerAnother();
    assertThat(
            put("/occupations", "[{\"escoUri\":\"" + NURSE + "\",\"preferred\":true}]", other)
                .statusCode())
        .isEqualTo(200);
    JsonObject before = get("", other);

    assertFieldError(
        put(
            "/occupations",
            "[{\"escoUri\":\"http://data.europa.eu/esco/occupation/no-such\"}]",
            other),
        "occupations[0].escoUri");
    assertFieldError(
        put("/skills", "[{\"escoUri\":\"" + NURSE + "\",\"level\":\"BASIC\"}]", other),
        "skills[0].escoUri");
    assertFieldError(
        put("/skills", "[{\"description\":\"Erste Hilfe\",\"level\":\"MASTER\"}]", other),
        "skills[0].level");
    assertFieldError(
        put("/languages", "[{\"code\":\"en\",\"levels\":{\"SMELLING\":\"B2\"}}]", other),
        "languages[0].levels.SMELLING");
    assertFieldError(
        put(
            "/work-history",
            "[{\"employerType\":\"PUBLIC_SECTOR\",\"title\":\"Pflege\",\"country\":\"SY\","
                + "\"from\":\"2015-06\",\"to\":\"2012-09\"}]",
            other),
        "workHistory[0].to");
    assertFieldError(
        put(
            "/qualifications",
            "[{\"type\":\"SCHOOL\",\"title\":\"Abitur\",\"country\":\"SY\",\"eqfLevel\":9}]",
            other),
        "qualifications[0].eqfLevel");
    String huge =
        Json.createObjectBuilder().add("about", "x".repeat(5 * 1024 * 1024)).build().toString();
    assertFieldError(put("", huge, other), "about");

    assertThat(get("", other)).isEqualTo(before);
  }

  @Test
  void onlyJobSeekersHaveAProfile() {
    String employer = Http.demoToken("employer");
    HttpResponse<String> refused =
        Http.get("/api/v1/profiles/me", "Authorization", "Bearer " + employer);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Http.json(refused).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:forbidden");
    assertThat(put("/skills", SKILLS, employer).statusCode()).isEqualTo(403);
    assertThat(Http.get("/api/v1/profiles/me").statusCode()).isEqualTo(401);
  }

  @Test
  void theDemoSeekerHasACompleteProfile() throws InterruptedException {
    String demo = Http.demoToken("seeker");
    // The demo profile is created when the ESCO import ends, which may be just after readiness.
    JsonObject completeness = get("/completeness", demo);
    for (int i = 0; i < 60 && completeness.getInt("percent") < 100; i++) {
      Thread.sleep(1000);
      completeness = get("/completeness", demo);
    }
    assertThat(completeness.getInt("percent")).isEqualTo(100);
    JsonObject profile = get("", demo);
    assertThat(profile.getJsonArray("occupations").getJsonObject(0).getString("escoUri"))
        .isEqualTo(NURSE);
    assertThat(
            profile
                .getJsonArray("qualifications")
                .getJsonObject(0)
                .getJsonObject("recognition")
                .getString("status"))
        .isEqualTo("PARTIAL_EQUIVALENCE");
  }

  private static String registerAnother() {
    String email = "seeker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("displayName", "Omid Test")
            .add("role", "JOB_SEEKER")
            .add("privacyAccepted", true)
            .build()
            .toString();
    assertThat(
            Http.postJson("/api/v1/accounts", body, "X-Forwarded-For", "192.0.2.92").statusCode())
        .isEqualTo(201);
    return Http.token(email, PASSWORD, "192.0.2.92");
  }
}
