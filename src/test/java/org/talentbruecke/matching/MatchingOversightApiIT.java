package org.talentbruecke.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Human oversight of matching over real HTTP with the demo data: staff pin and exclude candidates
 * with a reason and the employer's list follows; staff see who a handle is; every ranking is
 * logged; a job seeker's saved profile reaches the employer's ranking at once. Every decision made
 * here is withdrawn again, so the other matching tests see the plain ranking.
 */
@ExtendWith(RunningApplication.class)
class MatchingOversightApiIT {
  private static String employer;
  private static String staff;
  private static String seeker;
  private static String admin;
  private static long opening;

  @BeforeAll
  static void signIn() {
    employer = Http.demoToken("employer");
    staff = Http.demoToken("staff");
    seeker = Http.demoToken("seeker");
    admin = Http.demoToken("admin");
    for (JsonValue v :
        Json.createReader(
                new StringReader(
                    Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                        .body()))
            .readArray()) {
      JsonObject o = v.asJsonObject();
      if ("PUBLISHED".equals(o.getString("status"))) {
        opening = o.getJsonNumber("id").longValue();
      }
    }
    assertThat(opening).as("the demo employer has a published opening").isPositive();
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  /** Every candidate of the opening as the caller sees them, page by page. */
  private static List<JsonObject> everyone(String token) {
    List<JsonObject> all = new ArrayList<>();
    int total = Integer.MAX_VALUE;
    for (int offset = 0; offset < total; offset += 100) {
      HttpResponse<String> response =
          Http.get(
              "/api/v1/openings/" + opening + "/candidates?limit=100&offset=" + offset,
              "Authorization",
              bearer(token));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject page = Http.json(response);
      total = page.getInt("total");
      page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
      if (page.getJsonArray("items").isEmpty()) {
        break;
      }
    }
    return all;
  }

  private static List<String> handles(List<JsonObject> items) {
    return items.stream().map(o -> o.getString("handle")).toList();
  }

  private static HttpResponse<String> decide(String token, String body) {
    return Http.postJson(
        "/api/v1/openings/" + opening + "/decisions", body, "Authorization", bearer(token));
  }

  private static String decision(String handle, String kind, String reason) {
    var json = Json.createObjectBuilder().add("handle", handle).add("kind", kind);
    if (reason != null) {
      json.add("reason", reason);
    }
    return json.build().toString();
  }

  private static HttpResponse<String> withdraw(String location, String token) {
    return Http.send(
        Http.request(location.replaceFirst("^https?://[^/]+", ""), "Authorization", bearer(token))
            .DELETE()
            .build());
  }

  private static boolean within(long millis, BooleanSupplier condition) {
    long end = System.nanoTime() + millis * 1_000_000;
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  @Test
  void aStaffPinWithAReasonPutsTheCandidateFirstAmongTheirTierAsRecommendedByTheRegion() {
    List<JsonObject> before = everyone(employer);
    assertThat(before).as("the opening has candidates").hasSizeGreaterThan(1);
    // The lowest-ranked candidate of the largest tier: a pin visibly moves them.
    JsonObject chosen = before.get(before.size() - 1);
    String tier = chosen.getString("tier");
    String handle = chosen.getString("handle");
    assertThat(before.stream().filter(o -> tier.equals(o.getString("tier"))).count())
        .as("someone else is in the same tier")
        .isGreaterThan(1);

    HttpResponse<String> pinned =
        decide(staff, decision(handle, "PIN", "Met at the region's job fair; strong in practice."));
    assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(201);
    String location = pinned.headers().firstValue("Location").orElseThrow();
    JsonObject created = Http.json(pinned);
    assertThat(location)
        .endsWith("/api/v1/openings/" + opening + "/decisions/" + created.getInt("id"));
    assertThat(created.getString("kind")).isEqualTo("PIN");
    assertThat(created.getBoolean("active")).isTrue();
    assertThat(created.getJsonObject("person").getString("name")).isNotBlank();
    try {
      List<JsonObject> after = everyone(employer);
      JsonObject firstOfTier =
          after.stream().filter(o -> tier.equals(o.getString("tier"))).findFirst().orElseThrow();
      assertThat(firstOfTier.getString("handle")).isEqualTo(handle);
      assertThat(firstOfTier.getBoolean("recommendedByRegion")).isTrue();
      assertThat(after.stream().filter(o -> o.getBoolean("recommendedByRegion")).count())
          .isEqualTo(1);
      assertThat(after).noneMatch(o -> o.containsKey("person"));

      // Staff see who each handle is; the employer never does.
      List<JsonObject> byStaff = everyone(staff);
      assertThat(byStaff).allMatch(o -> o.containsKey("person"));
      assertThat(byStaff.get(0).getJsonObject("person").getJsonNumber("accountId").longValue())
          .isPositive();

      JsonArray listed =
          Json.createReader(
                  new StringReader(
                      Http.get(
                              "/api/v1/openings/" + opening + "/decisions",
                              "Authorization",
                              bearer(staff))
                          .body()))
              .readArray();
      assertThat(listed)
          .anySatisfy(v -> assertThat(v.asJsonObject().getString("handle")).isEqualTo(handle));
    } finally {
      HttpResponse<String> withdrawn = withdraw(location, staff);
      assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
      assertThat(Http.json(withdrawn).getBoolean("active")).isFalse();
      assertThat(Http.json(withdrawn).getJsonNumber("withdrawnBy").longValue()).isPositive();
    }
    assertThat(withdraw(location, staff).statusCode()).as("withdrawn twice").isEqualTo(409);
    assertThat(everyone(employer)).noneMatch(o -> o.getBoolean("recommendedByRegion"));
  }

  @Test
  void anExcludedCandidateIsNotOnTheEmployersList() {
    List<JsonObject> before = everyone(employer);
    String handle = before.get(0).getString("handle");
    HttpResponse<String> excluded =
        decide(staff, decision(handle, "EXCLUDE", "Already employed by this organisation."));
    assertThat(excluded.statusCode()).as(excluded.body()).isEqualTo(201);
    String location = excluded.headers().firstValue("Location").orElseThrow();
    try {
      List<JsonObject> after = everyone(employer);
      assertThat(handles(after)).doesNotContain(handle).hasSize(before.size() - 1);
    } finally {
      assertThat(withdraw(location, staff).statusCode()).isEqualTo(200);
    }
    assertThat(handles(everyone(employer))).contains(handle);
  }

  @Test
  void decisionsNeedAReasonAKnownCandidateAndStaff() {
    String handle = everyone(employer).get(0).getString("handle");
    for (String reason : new String[] {null, "", "ok"}) {
      HttpResponse<String> response = decide(staff, decision(handle, "PIN", reason));
      assertThat(response.statusCode()).as(String.valueOf(reason)).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .contains("application/problem+json");
      assertThat(Http.json(response).getJsonArray("errors"))
          .anySatisfy(e -> assertThat(e.asJsonObject().getString("field")).isEqualTo("reason"));
    }
    assertThat(decide(staff, decision(handle, "PROMOTE", "A fine reason.")).statusCode())
        .isEqualTo(400);
    assertThat(decide(staff, decision("ZZZZ-ZZZZ", "PIN", "A fine reason.")).statusCode())
        .isEqualTo(404);
    assertThat(
            Http.postJson(
                    "/api/v1/openings/99999999/decisions",
                    decision(handle, "PIN", "A fine reason."),
                    "Authorization",
                    bearer(staff))
                .statusCode())
        .isEqualTo(404);
    assertThat(decide(employer, decision(handle, "PIN", "A fine reason.")).statusCode())
        .isEqualTo(403);
    assertThat(decide(seeker, decision(handle, "PIN", "A fine reason.")).statusCode())
        .isEqualTo(403);
    assertThat(
            Http.postJson(
                    "/api/v1/openings/" + opening + "/decisions",
                    decision(handle, "PIN", "A fine reason."))
                .statusCode())
        .isEqualTo(401);
    assertThat(
            Http.get(
                    "/api/v1/openings/" + opening + "/decisions", "Authorization", bearer(employer))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void everyRankingAnEmployerSeesIsLogged() {
    String query = "/api/v1/matching/log?limit=100&openingId=" + opening;
    long before =
        Http.json(Http.get(query, "Authorization", bearer(staff)))
            .getJsonNumber("total")
            .longValue();
    HttpResponse<String> ranking =
        Http.get(
            "/api/v1/openings/" + opening + "/candidates?limit=3&sort=value",
            "Authorization",
            bearer(employer));
    assertThat(ranking.statusCode()).isEqualTo(200);
    List<String> firstThree =
        Http.json(ranking).getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("handle"))
            .toList();

    assertThat(
            within(
                2000,
                () ->
                    Http.json(Http.get(query, "Authorization", bearer(staff)))
                            .getJsonNumber("total")
                            .longValue()
                        > before))
        .as("the ranking was logged")
        .isTrue();
    JsonObject log = Http.json(Http.get(query, "Authorization", bearer(admin)));
    assertThat(log.getJsonArray("items"))
        .anySatisfy(
            v -> {
              JsonObject e = v.asJsonObject();
              assertThat(e.getString("role")).isEqualTo("EMPLOYER");
              assertThat(e.getString("direction")).isEqualTo("CANDIDATES_FOR_OPENING");
              assertThat(e.getString("sort")).isEqualTo("VALUE");
              assertThat(e.getString("algorithmVersion")).isNotBlank();
              assertThat(e.getString("results")).startsWith(firstThree.get(0) + ":");
              for (String handle : firstThree) {
                assertThat(e.getString("results")).contains(handle);
              }
            });
    assertThat(Http.get(query, "Authorization", bearer(employer)).statusCode()).isEqualTo(403);
    assertThat(Http.get("/api/v1/matching/log").statusCode()).isEqualTo(401);
    assertThat(
            Http.get("/api/v1/matching/log?limit=0", "Authorization", bearer(staff)).statusCode())
        .isEqualTo(400);
  }

  @Test
  void aJobSeekersSavedProfileIsInTheEmployersRankingAtOnce() {
    JsonObject me = Http.json(Http.get("/api/v1/profiles/me", "Authorization", bearer(seeker)));
    String handle = me.getString("handle");
    assertThat(handle).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
    String visibility = me.getString("visibility");
    try {
      assertThat(setVisibility("ANONYMOUS_TO_VERIFIED_EMPLOYERS").statusCode()).isEqualTo(200);
      assertThat(within(2000, () -> handles(everyone(employer)).contains(handle)))
          .as("visible to employers within 2 s")
          .isTrue();
      assertThat(setVisibility("HIDDEN").statusCode()).isEqualTo(200);
      assertThat(within(2000, () -> !handles(everyone(employer)).contains(handle)))
          .as("hidden within 2 s")
          .isTrue();
    } finally {
      setVisibility(visibility);
    }
  }

  private static HttpResponse<String> setVisibility(String visibility) {
    return Http.send(
        Http.request(
                "/api/v1/profiles/me/visibility",
                "Authorization",
                bearer(seeker),
                "Content-Type",
                "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("visibility", visibility).build().toString()))
            .build());
  }

  @Test
  void staffRankOpeningsForAnyJobSeekerAndAdminsRebuildTheIndex() {
    long seekerAccount =
        Http.json(Http.get("/api/v1/me", "Authorization", bearer(seeker)))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> byStaff =
        Http.get(
            "/api/v1/profiles/" + seekerAccount + "/openings?limit=5",
            "Authorization",
            bearer(staff));
    assertThat(byStaff.statusCode()).as(byStaff.body()).isEqualTo(200);
    assertThat(Http.json(byStaff).getJsonArray("items")).isNotEmpty();
    assertThat(
            Http.get(
                    "/api/v1/profiles/" + seekerAccount + "/openings",
                    "Authorization",
                    bearer(employer))
                .statusCode())
        .isEqualTo(403);

    HttpRequest.Builder rebuild =
        Http.request("/api/v1/admin/matching/rebuild").POST(HttpRequest.BodyPublishers.noBody());
    assertThat(
            Http.send(
                    Http.request("/api/v1/admin/matching/rebuild", "Authorization", bearer(admin))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build())
                .statusCode())
        .isEqualTo(202);
    assertThat(
            Http.send(
                    Http.request("/api/v1/admin/matching/rebuild", "Authorization", bearer(staff))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build())
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.send(rebuild.build()).statusCode()).isEqualTo(401);
  }

  @Test
  void theNewEndpointsAreDescribedInTheOpenApiDocument() {
    HttpResponse<String> openapi = Http.get("/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/openings/{id}/decisions")
        .contains("/api/v1/matching/log")
        .contains("/api/v1/admin/matching/rebuild")
        .contains("/api/v1/profiles/{accountId}/openings");
  }
}
