package org.talentbruecke.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** The matching API over real HTTP with the demo data: rankings, roles and bad input. */
@ExtendWith(RunningApplication.class)
class MatchingApiIT {
  private static String employer;
  private static String staff;
  private static String seeker;
  private static long ownOpening;
  private static long foreignOpening;

  @BeforeAll
  static void signIn() {
    employer = Http.demoToken("employer");
    staff = Http.demoToken("staff");
    seeker = Http.demoToken("seeker");
    Set<Long> mine = new HashSet<>();
    for (JsonValue v :
        Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
            .body()
            .transform(b -> jakarta.json.Json.createReader(new java.io.StringReader(b)))
            .readArray()) {
      JsonObject o = v.asJsonObject();
      mine.add(o.getJsonNumber("id").longValue());
      if ("PUBLISHED".equals(o.getString("status"))) {
        ownOpening = o.getJsonNumber("id").longValue();
      }
    }
    assertThat(ownOpening).as("the demo employer has a published opening").isPositive();
    for (JsonValue v :
        jakarta.json.Json.createReader(
                new java.io.StringReader(Http.get("/api/v1/openings").body()))
            .readArray()) {
      long id = v.asJsonObject().getJsonNumber("id").longValue();
      if (!mine.contains(id)) {
        foreignOpening = id;
      }
    }
    assertThat(foreignOpening).as("another organisation has a published opening").isPositive();
  }

  private static HttpResponse<String> candidates(String query, String token) {
    return Http.get(
        "/api/v1/openings/" + ownOpening + "/candidates" + query,
        "Authorization",
        "Bearer " + token,
        "Accept-Language",
        "en");
  }

  @Test
  void theEmployerGetsRankedCandidatesUnderHandlesWithExplainedParts() {
    HttpResponse<String> response = candidates("?limit=5", employer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject page = Http.json(response);
    JsonArray items = page.getJsonArray("items");
    assertThat(items).as(response.body()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(items.size());
    int previous = Integer.MAX_VALUE;
    for (JsonValue v : items) {
      JsonObject card = v.asJsonObject();
      assertThat(card.getString("handle")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
      assertThat(card.getString("tier")).isIn("FULL", "CLOSE");
      assertThat(card.getString("algorithmVersion")).isNotBlank();
      JsonArray parts = card.getJsonArray("parts");
      assertThat(parts).hasSize(10);
      JsonObject first = parts.getJsonObject(0);
      assertThat(first.getJsonObject("reason").getString("key")).startsWith("matching.");
      assertThat(first.getJsonObject("reason").getString("text"))
          .doesNotStartWith("matching.")
          .isNotBlank();
      if ("FULL".equals(card.getString("tier"))) {
        assertThat(card.getInt("score")).isLessThanOrEqualTo(previous);
        previous = card.getInt("score");
      }
    }
    // Codes among the arguments (ROUTE_PLANNED, ACTIVITY_REGULATED, FULL_TIME) read as words.
    for (JsonValue v : items) {
      for (JsonValue p : v.asJsonObject().getJsonArray("parts")) {
        assertThat(p.asJsonObject().getJsonObject("reason").getString("text"))
            .doesNotContainPattern("[A-Z]{2,}_[A-Z_]+");
      }
    }
    String body = response.body();
    assertThat(body)
        .doesNotContain("@demo.test")
        .doesNotContain("@example")
        .doesNotContain("Amina")
        .doesNotContain("\"name\"")
        .doesNotContain("\"email\"")
        .doesNotContain("\"phone\"")
        .doesNotContain("birth");
  }

  @Test
  void staffMayRankAnyOpeningAndOtherOrganisationsSeeNothing() {
    HttpResponse<String> byStaff =
        Http.get(
            "/api/v1/openings/" + foreignOpening + "/candidates",
            "Authorization",
            "Bearer " + staff);
    assertThat(byStaff.statusCode()).as(byStaff.body()).isEqualTo(200);

    HttpResponse<String> foreign =
        Http.get(
            "/api/v1/openings/" + foreignOpening + "/candidates",
            "Authorization",
            "Bearer " + employer);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(candidates("", seeker).statusCode()).isEqualTo(403);
    assertThat(Http.get("/api/v1/openings/" + ownOpening + "/candidates").statusCode())
        .isEqualTo(401);
    assertThat(
            Http.get("/api/v1/openings/99999999/candidates", "Authorization", "Bearer " + employer)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void badInputIsAProblemDocumentNamingTheParameter() {
    for (String query :
        new String[] {
          "?limit=0",
          "?limit=-1",
          "?limit=101",
          "?limit=x",
          "?offset=-1",
          "?sort=best",
          "?mustHavesOnly=maybe",
          "?recognitionComplete=yes",
          "?maxCommuteKm=-1",
          "?maxCommuteKm=501",
          "?maxCommuteKm=far",
          "?availableBy=tomorrow",
          "?availableBy=2026-13-01"
        }) {
      HttpResponse<String> response = candidates(query, employer);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .contains("application/problem+json");
      String parameter = query.substring(1, query.indexOf('='));
      assertThat(Http.json(response).getString("detail")).as(query).contains(parameter);
    }
    JsonObject pastTheEnd = Http.json(candidates("?offset=100000", employer));
    assertThat(pastTheEnd.getJsonArray("items")).isEmpty();
    assertThat(candidates("?mustHavesOnly=true&sort=value", employer).statusCode()).isEqualTo(200);
  }

  @Test
  void candidatesCarryTheirAddedValueAndSortByValuePutsFullMatchesByPointsFirst() {
    HttpResponse<String> byFit = candidates("?limit=20", employer);
    assertThat(byFit.statusCode()).as(byFit.body()).isEqualTo(200);
    for (JsonValue v : Http.json(byFit).getJsonArray("items")) {
      JsonObject addedValue = v.asJsonObject().getJsonObject("addedValue");
      assertThat(addedValue).as(byFit.body()).isNotNull();
      assertThat(addedValue.getInt("points")).isNotNegative();
      for (JsonValue r : addedValue.getJsonArray("reasons")) {
        assertThat(r.asJsonObject().getString("key")).startsWith("matching.value.");
        assertThat(r.asJsonObject().getString("text")).doesNotStartWith("matching.").isNotBlank();
      }
      assertThat(v.asJsonObject().getJsonArray("nextSteps")).isEmpty();
    }

    HttpResponse<String> byValue = candidates("?limit=100&sort=value", employer);
    assertThat(byValue.statusCode()).as(byValue.body()).isEqualTo(200);
    JsonArray items = Http.json(byValue).getJsonArray("items");
    assertThat(items).isNotEmpty();
    int previousPoints = Integer.MAX_VALUE;
    boolean closeSeen = false;
    for (JsonValue v : items) {
      JsonObject card = v.asJsonObject();
      if ("FULL".equals(card.getString("tier"))) {
        assertThat(closeSeen).as("no close match above a full one").isFalse();
        int points = card.getJsonObject("addedValue").getInt("points");
        assertThat(points).isLessThanOrEqualTo(previousPoints);
        previousPoints = points;
      } else {
        closeSeen = true;
      }
    }
    assertThat(Http.json(byValue).getInt("total")).isEqualTo(Http.json(byFit).getInt("total"));
    // The demo data hold job seekers who bring something to the demo employer's business.
    assertThat(
            items.stream()
                .mapToInt(v -> v.asJsonObject().getJsonObject("addedValue").getInt("points"))
                .max()
                .orElse(0))
        .as(byValue.body())
        .isPositive();
  }

  @Test
  void filtersOnlyRemoveCandidates() {
    int all = Http.json(candidates("?limit=100", employer)).getInt("total");
    assertThat(all).isPositive();
    JsonObject narrowed =
        Http.json(
            candidates(
                "?limit=100&recognitionComplete=true&maxCommuteKm=30&availableBy=2030-01-01",
                employer));
    assertThat(narrowed.getInt("total")).isBetween(0, all);
    // Only people living in the opening's own municipality: every card says 0 km.
    JsonObject sameTown = Http.json(candidates("?limit=100&maxCommuteKm=0", employer));
    assertThat(sameTown.getInt("total")).isLessThan(all);
    for (JsonValue v : sameTown.getJsonArray("items")) {
      JsonObject commute =
          v.asJsonObject().getJsonArray("parts").stream()
              .map(JsonValue::asJsonObject)
              .filter(p -> "COMMUTE".equals(p.getString("aspect")))
              .findFirst()
              .orElseThrow();
      assertThat(commute.getJsonObject("reason").getJsonArray("args").getString(0))
          .isEqualTo("0.0");
    }
  }

  @Test
  void theJobSeekerGetsRankedOpenings() {
    HttpResponse<String> response =
        Http.get(
            "/api/v1/profiles/me/openings?limit=3",
            "Authorization",
            "Bearer " + seeker,
            "Accept-Language",
            "de");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject page = Http.json(response);
    assertThat(page.containsKey("reason")).as(response.body()).isFalse();
    JsonArray items = page.getJsonArray("items");
    assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(items.getJsonObject(0).getJsonNumber("openingId").longValue()).isPositive();
    assertThat(items.getJsonObject(0).getJsonArray("parts")).hasSize(10);

    // Next steps: the demo nurse (partial equivalence, adaptation period chosen) gets advice,
    // among it the recognition route with the body the profile's recognition advice names.
    HttpResponse<String> ten =
        Http.get(
            "/api/v1/profiles/me/openings?limit=100",
            "Authorization",
            "Bearer " + seeker,
            "Accept-Language",
            "de");
    int advised = 0;
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (JsonValue v : Http.json(ten).getJsonArray("items")) {
      JsonObject card = v.asJsonObject();
      assertThat(card.getJsonObject("addedValue").getJsonArray("reasons")).isEmpty();
      for (JsonValue n : card.getJsonArray("nextSteps")) {
        JsonObject step = n.asJsonObject();
        assertThat(step.getString("aspect")).isNotBlank();
        assertThat(step.getJsonObject("advice").getString("key")).startsWith("matching.next.");
        assertThat(step.getJsonObject("advice").getString("text"))
            .doesNotStartWith("matching.")
            .doesNotContain("http://data.europa.eu/esco/");
        advised++;
        texts.add(step.getJsonObject("advice").getString("text"));
      }
    }
    assertThat(advised).as(ten.body()).isPositive();
    assertThat(texts)
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("Anpassungslehrgang")
                    .contains("Landesamt für Soziales, Jugend und Familie"));

    assertThat(
            Http.get("/api/v1/profiles/me/openings", "Authorization", "Bearer " + employer)
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.get("/api/v1/profiles/me/openings").statusCode()).isEqualTo(401);
    assertThat(
            Http.get("/api/v1/profiles/me/openings?limit=101", "Authorization", "Bearer " + seeker)
                .statusCode())
        .isEqualTo(400);
  }
}
