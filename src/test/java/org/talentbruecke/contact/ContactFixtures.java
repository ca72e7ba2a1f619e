package org.talentbruecke.contact;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.talentbruecke.app.demo.DemoProfile;
import org.talentbruecke.it.Http;

/**
 * Seeds what the contact tests need over the real API: a job seeker with a distinctive name,
 * e-mail, phone and birth date and a nurse's profile that the demo employer's nursing opening
 * ranks; the demo employer's openings.
 */
final class ContactFixtures {
  static final String PASSWORD = "Kontakt nur mit Zustimmung 2026";
  static final String NURSING_OPENING = "Pflegefachkraft (m/w/d) in der Langzeitpflege";
  static final String BIRTH_DATE = "1987-03-14";

  private ContactFixtures() {}

  /** A job seeker registered over the API. */
  record Seeker(String email, String name, String token, String address, long accountId) {}

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static JsonObject nursingOpening(String employerToken) {
    JsonArray mine =
        Json.createReader(
                new StringReader(
                    Http.get(
                            "/api/v1/openings?mine=true",
                            "Authorization",
                            "Bearer " + employerToken)
                        .body()))
            .readArray();
    return mine.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("title").equals(NURSING_OPENING))
        .findFirst()
        .orElseThrow();
  }

  static Seeker register(String name, String address) {
    String email = "kontakt-" + unique() + "@example.org";
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("displayName", name)
            .add("role", "JOB_SEEKER")
            .add("privacyAccepted", true)
            .add("preferredLanguage", "uk")
            .build()
            .toString();
    HttpResponse<String> created =
        Http.postJson("/api/v1/accounts", body, "X-Forwarded-For", address);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = Http.token(email, PASSWORD, address);
    long id =
        Http.json(Http.get("/api/v1/me", "Authorization", "Bearer " + token))
            .getJsonNumber("id")
            .longValue();
    return new Seeker(email, name, token, address, id);
  }

  static HttpResponse<String> put(Seeker seeker, String path, String json) {
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

  /** A nurse's profile the nursing opening ranks, with the given visibility; returns the handle. */
  static String nurseProfile(Seeker seeker, JsonObject opening, String visibility) {
    List<String> mustHaves =
        opening.getJsonObject("requirements").getJsonArray("mustHaveSkills").stream()
            .map(v -> ((jakarta.json.JsonString) v).getString())
            .toList();
    JsonArrayBuilder skills = Json.createArrayBuilder();
    mustHaves.forEach(
        uri ->
            skills.add(
                Json.createObjectBuilder()
                    .add("escoUri", uri)
                    .add("level", "EXPERT")
                    .add("usedInGermany", true)));
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
            .add("qualifications", Json.createArrayBuilder())
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
            .add("visibility", visibility)
            .build()
            .toString();
    HttpResponse<String> saved = put(seeker, "", profile);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> personal =
        put(
            seeker,
            "/personal-details",
            "{\"nationality\":\"UA\",\"dateOfBirth\":\"" + BIRTH_DATE + "\"}");
    assertThat(personal.statusCode()).as(personal.body()).isEqualTo(200);
    return Http.json(Http.get("/api/v1/profiles/me", "Authorization", "Bearer " + seeker.token()))
        .getString("handle");
  }

  /** The handles the employer is shown for an opening (which also lets matching learn them). */
  static List<String> candidateHandles(String employerToken, long openingId) {
    HttpResponse<String> response =
        Http.get(
            "/api/v1/openings/" + openingId + "/candidates?limit=100",
            "Authorization",
            "Bearer " + employerToken);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("handle"))
        .toList();
  }
}
