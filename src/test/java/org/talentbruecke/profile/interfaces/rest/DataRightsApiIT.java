package org.talentbruecke.profile.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.app.demo.DemoProfile;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * GDPR rights over real HTTP: a job seeker downloads everything stored about them and deletes the
 * account with the password; afterwards nothing of them answers, and the e-mail can register again.
 */
@ExtendWith(RunningApplication.class)
class DataRightsApiIT {
  private static final String PASSWORD = "Meine Daten gehören mir 2026";
  private static final String NURSING_OPENING = "Pflegefachkraft (m/w/d) in der Langzeitpflege";
  private static String employer;
  private static long nursingOpening;
  private static List<String> mustHaveSkills;

  @BeforeAll
  static void findTheDemoEmployersNursingOpening() {
    employer = Http.demoToken("employer");
    JsonArray mine =
        Json.createReader(
                new StringReader(
                    Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                        .body()))
            .readArray();
    JsonObject nursing =
        mine.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("title").equals(NURSING_OPENING))
            .findFirst()
            .orElseThrow();
    nursingOpening = nursing.getJsonNumber("id").longValue();
    mustHaveSkills =
        nursing.getJsonObject("requirements").getJsonArray("mustHaveSkills").stream()
            .map(v -> ((jakarta.json.JsonString) v).getString())
            .toList();
  }

  /** A person just registered over the API, with a token; each test has its own address. */
  private record Seeker(String email, String name, String token, String address) {}

  private static Seeker register(String email, String name, String address) {
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("displayName", name)
            .add("role", "JOB_SEEKER")
            .add("privacyAccepted", true)
            .build()
            .toString();
    HttpResponse<String> created =
        Http.postJson("/api/v1/accounts", body, "X-Forwarded-For", address);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Seeker(email, name, Http.token(email, PASSWORD, address), address);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Seeker newSeeker(String address) {
    String id = unique();
    return register("rights-" + id + "@example.org", "Oksana Datenfrei " + id, address);
  }

  private static HttpResponse<String> put(Seeker seeker, String path, String json) {
    return Http.send(
        Http.request(
                "/api/v1/profiles/me" + path,
                "Authorization",
                "Bearer " + seeker.token(),
                "Content-Type",
                "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A nurse's profile that the demo employer's nursing opening ranks, visible to employers. */
  private static void buildNurseProfile(Seeker seeker, String ownSkill) {
    JsonArrayBuilder skills = Json.createArrayBuilder();
    mustHaveSkills.forEach(
        uri ->
            skills.add(
                Json.createObjectBuilder()
                    .add("escoUri", uri)
                    .add("level", "EXPERT")
                    .add("usedInGermany", true)));
    skills.add(Json.createObjectBuilder().add("description", ownSkill).add("level", "EXPERIENCED"));
    String profile =
        Json.createObjectBuilder()
            .add(
                "occupations",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("escoUri", DemoProfile.NURSE)
                            .add("preferred", true)))
            .add("skills", skills)
            .add("workHistory", Json.createArrayBuilder())
            .add(
                "languages",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("code", "uk").add("motherTongue", true))
                    .add(
                        Json.createObjectBuilder()
                            .add("code", "de")
                            .add(
                                "levels",
                                Json.createObjectBuilder()
                                    .add("LISTENING", "C1")
                                    .add("READING", "C1")
                                    .add("SPOKEN_INTERACTION", "C1")
                                    .add("SPOKEN_PRODUCTION", "C1")
                                    .add("WRITING", "C1"))))
            .add("germanCourses", Json.createArrayBuilder())
            .add(
                "qualifications",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "VOCATIONAL")
                            .add("title", "Medsestra")
                            .add("country", "UA")
                            .add("year", 2015)
                            .add("eqfLevel", 5)
                            .add(
                                "recognition",
                                Json.createObjectBuilder()
                                    .add("status", "APPLIED")
                                    .add("appliedOn", "2026-09-01")
                                    .add("body", "Niedersächsisches Landesamt für Soziales")
                                    .add("referenceOccupationUri", DemoProfile.NURSE))))
            .add(
                "availability",
                Json.createObjectBuilder()
                    .add("hours", Json.createArrayBuilder().add("FULL_TIME").add("PART_TIME"))
                    .add("municipality", "03241001")
                    .add("maxCommuteKm", 50)
                    .add("publicTransportOnly", false)
                    .add("drivingLicences", Json.createArrayBuilder())
                    .add("workPermit", "PERMITTED"))
            .add("about", "Ich pflege gern.")
            .add("visibility", "ANONYMOUS_TO_VERIFIED_EMPLOYERS")
            .build()
            .toString();
    HttpResponse<String> saved = put(seeker, "", profile);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> personal =
        put(seeker, "/personal-details", "{\"nationality\":\"UA\",\"dateOfBirth\":\"1990-05-06\"}");
    assertThat(personal.statusCode()).as(personal.body()).isEqualTo(200);
  }

  private static HttpResponse<String> export(String token) {
    return Http.get(
        "/api/v1/profiles/me/export", "Authorization", "Bearer " + token, "Accept-Language", "en");
  }

  private static HttpResponse<String> erase(Seeker seeker, String password) {
    HttpRequest.Builder request =
        Http.request(
            "/api/v1/profiles/me",
            "Authorization",
            "Bearer " + seeker.token(),
            "X-Forwarded-For",
            seeker.address());
    if (password == null) {
      return Http.send(request.DELETE().build());
    }
    String body = Json.createObjectBuilder().add("password", password).build().toString();
    return Http.send(
        request
            .header("Content-Type", "application/json")
            .method("DELETE", HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static Set<String> candidateHandles() {
    HttpResponse<String> response =
        Http.get(
            "/api/v1/openings/" + nursingOpening + "/candidates?limit=100",
            "Authorization",
            "Bearer " + employer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Set<String> handles = new HashSet<>();
    for (JsonValue v : Http.json(response).getJsonArray("items")) {
      handles.add(v.asJsonObject().getString("handle"));
    }
    return handles;
  }

  @Test
  void theExportHoldsWhatThePersonJustEnteredWithLabelsAndNoSecrets() {
    Seeker seeker = newSeeker("192.0.2.141");
    String ownSkill = "Wundversorgung nach Kyjiwer Art " + unique();
    buildNurseProfile(seeker, ownSkill);

    HttpResponse<String> response = export(seeker.token());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .matches("attachment; filename=talentbruecke-export-\\d{4}-\\d{2}-\\d{2}\\.json");
    JsonObject document = Http.json(response);
    JsonObject account = document.getJsonObject("account");
    assertThat(account.getString("email")).isEqualTo(seeker.email());
    assertThat(account.getString("displayName")).isEqualTo(seeker.name());
    assertThat(account.getString("role")).isEqualTo("JOB_SEEKER");
    assertThat(account.getString("createdAt")).isNotBlank();
    assertThat(document.getJsonObject("personalDetails").getString("nationality")).isEqualTo("UA");
    JsonObject profile = document.getJsonObject("profile");
    assertThat(profile.getJsonArray("skills").toString()).contains(ownSkill);
    assertThat(profile.getString("visibility")).isEqualTo("ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    assertThat(
            profile
                .getJsonArray("qualifications")
                .getJsonObject(0)
                .getJsonObject("recognition")
                .getString("status"))
        .isEqualTo("APPLIED");
    JsonObject nurseLabel = document.getJsonObject("escoLabels").getJsonObject(DemoProfile.NURSE);
    assertThat(nurseLabel.getString("text")).isNotBlank();
    assertThat(document.getJsonObject("signIn").getString("apiTokens")).contains("60");
    assertThat(response.body()).doesNotContainIgnoringCase("passwordHash").doesNotContain(PASSWORD);
  }

  @Test
  void exportAndErasureNeedASignedInJobSeeker() {
    HttpResponse<String> anonymous = Http.get("/api/v1/profiles/me/export");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(Http.json(anonymous).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:unauthorized");

    HttpResponse<String> byEmployer =
        Http.send(
            Http.request(
                    "/api/v1/profiles/me",
                    "Authorization",
                    "Bearer " + employer,
                    "Content-Type",
                    "application/json")
                .method(
                    "DELETE",
                    HttpRequest.BodyPublishers.ofString(
                        "{\"password\":\"" + org.talentbruecke.it.Demo.PASSWORD + "\"}"))
                .build());
    assertThat(byEmployer.statusCode()).as(byEmployer.body()).isEqualTo(403);
    assertThat(Http.json(byEmployer).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:forbidden");

    // Employers still get what their account stores.
    HttpResponse<String> employerExport =
        Http.get("/api/v1/accounts/me/export", "Authorization", "Bearer " + employer);
    assertThat(employerExport.statusCode()).as(employerExport.body()).isEqualTo(200);
    assertThat(Http.json(employerExport).getJsonObject("account").getString("email"))
        .isEqualTo("employer@demo.test");
    assertThat(employerExport.body()).doesNotContainIgnoringCase("passwordHash");
  }

  @Test
  void theOpenApiDocumentDescribesExportAndErasure() {
    HttpResponse<String> openapi = Http.get("/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/profiles/me/export")
        .contains("/api/v1/accounts/me/export")
        .contains("ErasureDto");
  }

  @Test
  void aMissingOrWrongPasswordDeletesNothing() {
    Seeker seeker = newSeeker("192.0.2.142");
    buildNurseProfile(seeker, "Geduld " + unique());

    HttpResponse<String> missing = erase(seeker, null);
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(Http.json(missing).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");

    HttpResponse<String> wrong = erase(seeker, "nicht mein Passwort 2026");
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(401);
    assertThat(Http.json(wrong).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:invalid-credentials");

    HttpResponse<String> still = export(seeker.token());
    assertThat(still.statusCode()).as(still.body()).isEqualTo(200);
    assertThat(Http.json(still).getJsonObject("profile").getJsonArray("skills")).isNotEmpty();
    assertThat(Http.token(seeker.email(), PASSWORD, seeker.address())).isNotBlank();
  }

  @Test
  void afterTheErasureNothingOfThePersonAnswersAndTheEmailCanRegisterAgain() throws Exception {
    Set<String> before = candidateHandles();
    Seeker seeker = newSeeker("192.0.2.143");
    buildNurseProfile(seeker, "Nachtdienst " + unique());
    // The new nurse reaches the employer's candidates once the matching index has her: at once
    // where profile saves update the index, else with the rebuild that a query starts when the
    // index is older than two minutes.
    Set<String> appeared = new HashSet<>();
    for (int i = 0; i < 180 && appeared.isEmpty(); i++) {
      appeared.addAll(candidateHandles());
      appeared.removeAll(before);
      if (appeared.isEmpty()) {
        Thread.sleep(1000);
      }
    }
    assertThat(appeared).as("the new nurse among the nursing opening's candidates").hasSize(1);

    HttpResponse<String> erased = erase(seeker, PASSWORD);
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);

    assertThat(export(seeker.token()).statusCode()).as("the old token").isEqualTo(401);
    HttpResponse<String> signIn =
        Http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder()
                .add("email", seeker.email())
                .add("password", PASSWORD)
                .build()
                .toString(),
            "X-Forwarded-For",
            seeker.address());
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(401);
    // Gone from the employer's list at once, not only at the next rebuild of the index.
    assertThat(candidateHandles()).doesNotContainAnyElementsOf(appeared);

    Seeker again = register(seeker.email(), "Oksana Neuanfang", seeker.address());
    HttpResponse<String> fresh = export(again.token());
    assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
    JsonObject document = Http.json(fresh);
    assertThat(document.getJsonObject("account").getString("displayName"))
        .isEqualTo("Oksana Neuanfang");
    // JSON-B leaves out what is null.
    assertThat(document.get("profile")).as("nothing of the old profile").isIn(null, JsonValue.NULL);
    assertThat(document.get("personalDetails")).isIn(null, JsonValue.NULL);
  }

  /** Consents, profile views and audit entries in the export; after erasure only a pseudonym. */
  @Test
  void theExportListsConsentsViewsAndAuditEntriesAndTheErasureLeavesAPseudonym() throws Exception {
    Set<String> before = candidateHandles();
    Seeker seeker = newSeeker("192.0.2.144");
    buildNurseProfile(seeker, "Palliativpflege " + unique());
    Set<String> appeared = new HashSet<>();
    for (int i = 0; i < 180 && appeared.isEmpty(); i++) {
      appeared.addAll(candidateHandles()); // the employer sees the list: a profile view
      appeared.removeAll(before);
      if (appeared.isEmpty()) {
        Thread.sleep(1000);
      }
    }
    assertThat(appeared).as("the new nurse among the nursing opening's candidates").hasSize(1);

    JsonObject document = Http.json(export(seeker.token()));
    assertThat(document.getJsonArray("consents").stream().map(JsonValue::asJsonObject))
        .extracting(c -> c.getString("kind") + ":" + c.getString("scope"))
        .contains("PRIVACY_NOTICE:2", "PROFILE_VISIBILITY:ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    JsonArray views = document.getJsonArray("profileViews");
    assertThat(views).as("the demo employer saw the profile once today").hasSize(1);
    assertThat(views.getJsonObject(0).getString("organisationName")).isNotBlank();
    assertThat(document.getJsonArray("auditEntries").stream().map(JsonValue::asJsonObject))
        .extracting(e -> e.getString("type"))
        .contains("ACCOUNT_CREATED", "SIGN_IN", "CONSENT_GIVEN", "CHANGE", "PROFILE_VIEWED");
    // Personal details are recorded as changed, never with their values.
    assertThat(document.getJsonArray("auditEntries").toString())
        .contains("dateOfBirth")
        .doesNotContain("1990-05-06");

    String admin = Http.demoToken("admin");
    HttpResponse<String> mine =
        Http.get(
            "/api/v1/audit?limit=500&actor=" + seeker.email(), "Authorization", "Bearer " + admin);
    assertThat(Http.json(mine).getInt("total")).isGreaterThan(3);
    String pseudonym =
        Http.json(mine).getJsonArray("items").getJsonObject(0).getString("actorPseudonym");

    assertThat(erase(seeker, PASSWORD).statusCode()).isEqualTo(204);

    HttpResponse<String> byEmail =
        Http.get("/api/v1/audit?actor=" + seeker.email(), "Authorization", "Bearer " + admin);
    assertThat(Http.json(byEmail).getInt("total"))
        .as("the e-mail no longer leads anywhere")
        .isZero();
    HttpResponse<String> byPseudonym =
        Http.get("/api/v1/audit?limit=500&actor=" + pseudonym, "Authorization", "Bearer " + admin);
    assertThat(byPseudonym.body())
        .contains("ACCOUNT_ERASED")
        .doesNotContain(seeker.email())
        .doesNotContain(seeker.name());
    assertThat(Http.json(byPseudonym).getInt("total")).isGreaterThan(3);
  }
}
