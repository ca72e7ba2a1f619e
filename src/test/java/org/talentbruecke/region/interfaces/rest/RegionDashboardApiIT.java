package org.talentbruecke.region.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * The regional dashboard over real HTTP with the demo data: staff only, bad parameters named in a
 * problem, figures that follow new profiles, and a small group shown only as suppressed.
 */
@ExtendWith(RunningApplication.class)
class RegionDashboardApiIT {
  private static final String PASSWORD = "Region-Dashboard-2026!";

  /** Armenian: no demo job seeker speaks it, so only the people added here count. */
  private static final String LANGUAGE = "hy";

  private static String staff;

  @BeforeAll
  static void signIn() {
    staff = Http.demoToken("staff");
  }

  private static HttpResponse<String> dashboard(String query, String token) {
    return Http.get(
        "/api/v1/region/dashboard" + query,
        "Authorization",
        "Bearer " + token,
        "Accept-Language",
        "en");
  }

  private static JsonObject figures(String query) {
    HttpResponse<String> response = dashboard(query, staff);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  /** The job seekers who speak the language, as the dashboard shows them. */
  private static JsonObject speakers(JsonObject dashboard) {
    return dashboard.getJsonArray("languages").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getString("code").equals(LANGUAGE))
        .map(l -> l.getJsonObject("jobSeekers"))
        .findFirst()
        .orElse(Json.createObjectBuilder().add("value", 0).add("suppressed", false).build());
  }

  @Test
  void onlyStaffAndAdminsSeeTheDashboard() {
    assertThat(Http.get("/api/v1/region/dashboard").statusCode()).isEqualTo(401);
    assertThat(dashboard("", Http.demoToken("employer")).statusCode()).isEqualTo(403);
    assertThat(dashboard("", Http.demoToken("seeker")).statusCode()).isEqualTo(403);
    assertThat(dashboard("", Http.demoToken("admin")).statusCode()).isEqualTo(200);
  }

  @Test
  void badParametersAreNamedInAProblem() {
    assertRefused("?from=2026-06-01&to=2026-05-01", "from");
    assertRefused("?from=gestern", "from");
    assertRefused("?municipality=03241999", "municipality");
    assertRefused("?iscoMajor=12", "iscoMajor");
    assertRefused("?iscoMajor=A", "iscoMajor");
  }

  private static void assertRefused(String query, String parameter) {
    HttpResponse<String> response = dashboard(query, staff);
    assertThat(response.statusCode()).as(query).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = Http.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:talentbruecke:problem:validation");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(parameter);
  }

  @Test
  void theDemoDataGiveFiguresAndEverySmallGroupIsSuppressed() {
    JsonObject d = figures("?municipality=03241001&iscoMajor=2");
    assertThat(d.getJsonObject("filter").getString("municipalityName")).isEqualTo("Hannover");
    JsonObject all = figures("");
    assertThat(all.getJsonObject("jobSeekers").getJsonNumber("value").longValue())
        .isGreaterThanOrEqualTo(200);
    assertThat(all.getJsonObject("german").getJsonArray("levels")).hasSize(7);
    assertThat(all.getJsonArray("pipeline")).hasSize(4);
    // Every figure about people is either a number of at least 5 (or 0) or null and suppressed.
    all.getJsonArray("languages").stream()
        .map(v -> v.asJsonObject().getJsonObject("jobSeekers"))
        .forEach(
            f -> {
              if (f.getBoolean("suppressed")) {
                assertThat(f.get("value")).isEqualTo(JsonValue.NULL);
              } else {
                long v = f.getJsonNumber("value").longValue();
                assertThat(v == 0 || v >= 5).as("shown: " + v).isTrue();
              }
            });
  }

  /**
   * One new Armenian speaker is a group of one: suppressed, never the number 1. Five make a group
   * the dashboard may show.
   */
  @Test
  void newProfilesChangeTheFiguresAndAGroupOfOneIsNeverShown() {
    JsonObject before = figures("");
    long seekersBefore = before.getJsonObject("jobSeekers").getJsonNumber("value").longValue();
    assertThat(speakers(before).getInt("value")).isZero();

    addSpeaker(1);
    JsonObject one = figures("");
    assertThat(speakers(one).getBoolean("suppressed")).isTrue();
    assertThat(speakers(one).get("value")).isEqualTo(JsonValue.NULL);
    assertThat(one.getJsonObject("jobSeekers").getJsonNumber("value").longValue())
        .isEqualTo(seekersBefore + 1);

    for (int i = 2; i <= 5; i++) {
      addSpeaker(i);
    }
    JsonObject five = figures("");
    assertThat(speakers(five).getBoolean("suppressed")).isFalse();
    assertThat(speakers(five).getInt("value")).isEqualTo(5);
  }

  private static void addSpeaker(int n) {
    String email = "region-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String address = "192.0.2." + (150 + n);
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Region Test " + n)
                .add("role", "JOB_SEEKER")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            address);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = Http.token(email, PASSWORD, address);
    HttpResponse<String> saved =
        Http.send(
            Http.request(
                    "/api/v1/profiles/me/languages",
                    "Authorization",
                    "Bearer " + token,
                    "Content-Type",
                    "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "[{\"code\":\"" + LANGUAGE + "\",\"motherTongue\":true}]"))
                .build());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }
}
