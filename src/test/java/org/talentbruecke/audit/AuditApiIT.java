package org.talentbruecke.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * The audit trail over real HTTP (decision 043): sign-ins and failures, account creation and
 * consent, exports and staff decisions appear for admins, filtered by time, actor and type, as JSON
 * and CSV; bad parameters are named; nobody but admins reads it.
 */
@ExtendWith(RunningApplication.class)
class AuditApiIT {
  private static final String PASSWORD = "Protokoll ist Vertrauen 2026";
  private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
  private static String admin;
  private static String staff;
  private static String employer;
  private static String seeker;
  private static long publishedOpening;

  @BeforeAll
  static void tokens() {
    admin = Http.demoToken("admin");
    staff = Http.demoToken("staff");
    employer = Http.demoToken("employer");
    seeker = Http.demoToken("seeker");
    JsonArray mine =
        Json.createReader(
                new StringReader(
                    Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                        .body()))
            .readArray();
    publishedOpening =
        mine.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> "PUBLISHED".equals(o.getString("status")))
            // The demo nursing opening has candidates; other tests publish openings without any.
            .filter(o -> o.getString("title").startsWith("Pflegefachkraft (m/w/d) in der"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Registers a job seeker and signs in once over the API; answers the e-mail address. */
  private static String newSeeker(String address) {
    String email = "audit-" + unique() + "@example.org";
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Amal Protokoll")
                .add("role", "JOB_SEEKER")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            address);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return email;
  }

  private static HttpResponse<String> signIn(String email, String password, String address) {
    return Http.postJson(
        "/api/v1/auth/token",
        Json.createObjectBuilder().add("email", email).add("password", password).build().toString(),
        "X-Forwarded-For",
        address);
  }

  private static HttpResponse<String> audit(String token, String query) {
    return Http.get("/api/v1/audit" + query, "Authorization", "Bearer " + token);
  }

  private static List<JsonObject> items(String query) {
    HttpResponse<String> response = audit(admin, query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String text(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
  }

  @Test
  void onlyAdminsReadTheTrail() {
    for (String token : new String[] {staff, employer, seeker}) {
      assertThat(audit(token, "").statusCode()).isEqualTo(403);
      assertThat(Http.get("/api/v1/audit/csv", "Authorization", "Bearer " + token).statusCode())
          .isEqualTo(403);
    }
    HttpResponse<String> anonymous = Http.get("/api/v1/audit");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(audit(admin, "").statusCode()).isEqualTo(200);
  }

  @Test
  void signInsFailuresCreationAndConsentAreRecordedWithoutTheTypedUnknownAddress() {
    String address = "192.0.2.171";
    String email = newSeeker(address);
    assertThat(signIn(email, PASSWORD, address).statusCode()).isEqualTo(200);
    assertThat(signIn(email, "falsches Passwort 2026", address).statusCode()).isEqualTo(401);
    String ghost = "ghost-" + unique() + "@example.org";
    assertThat(signIn(ghost, PASSWORD, address).statusCode()).isEqualTo(401);

    List<JsonObject> mine = items("?actor=" + q(email) + "&limit=500");
    assertThat(mine)
        .extracting(o -> o.getString("type"))
        .contains("SIGN_IN", "ACCOUNT_CREATED", "CONSENT_GIVEN");
    assertThat(mine).allSatisfy(o -> assertThat(o.getString("actor")).contains(email));
    assertThat(mine)
        .filteredOn(o -> o.getString("type").equals("CONSENT_GIVEN"))
        .extracting(o -> o.getString("field") + "=" + o.getString("newValue"))
        .containsExactly("PRIVACY_NOTICE=2");

    HttpResponse<String> failures =
        audit(admin, "?type=SIGN_IN_FAILED&from=" + TODAY + "&limit=500");
    assertThat(failures.body()).doesNotContain(ghost);
    List<JsonObject> failed =
        Http.json(failures).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertThat(failed)
        .anySatisfy(
            o -> {
              assertThat(text(o, "subject")).contains(email);
              assertThat(text(o, "actor")).isNull();
              assertThat(o.getString("details")).isEqualTo("wrong password");
            });
    assertThat(failed).anySatisfy(o -> assertThat(text(o, "subject")).isNull());

    // Filters narrow: nothing of today before today, the type filter holds.
    assertThat(items("?actor=" + q(email) + "&to=2020-01-01")).isEmpty();
    assertThat(items("?actor=" + q(email) + "&type=SIGN_IN"))
        .extracting(o -> o.getString("type"))
        .containsOnly("SIGN_IN");
    JsonObject page = Http.json(audit(admin, "?actor=" + q(email) + "&limit=1&offset=1"));
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(3);
    assertThat(items("?actor=nobody-" + unique() + "@example.org")).isEmpty();
  }

  @Test
  void badParametersAreNamedAndFromAfterToIsRefused() {
    String[][] cases = {
      {"?limit=abc", "limit"},
      {"?limit=0", "limit"},
      {"?limit=99999999999999", "limit"},
      {"?offset=-1", "offset"},
      {"?from=gestern", "from"},
      {"?to=2026-13-40", "to"},
      {"?from=2026-12-05&to=2026-12-01", "from"},
      {"?type=sign%20in", "type"},
    };
    for (String[] c : cases) {
      HttpResponse<String> response = audit(admin, c[0]);
      assertThat(response.statusCode()).as(c[0] + " " + response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(Http.json(response).getJsonArray("errors").stream())
          .as(c[0])
          .anySatisfy(e -> assertThat(e.asJsonObject().getString("field")).isEqualTo(c[1]));
    }
  }

  @Test
  void theCsvHoldsTheFilteredTrailAndTheDownloadIsItselfRecorded() {
    String address = "192.0.2.172";
    String email = newSeeker(address);
    assertThat(signIn(email, PASSWORD, address).statusCode()).isEqualTo(200);

    HttpResponse<String> csv =
        Http.get(
            "/api/v1/audit/csv?type=SIGN_IN&actor=" + q(email), "Authorization", "Bearer " + admin);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .matches("attachment; filename=talentbruecke-audit-\\d{4}-\\d{2}-\\d{2}\\.csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("id,at,type,actor,actorPseudonym,actorRole");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains(",SIGN_IN,").contains(email).contains("JOB_SEEKER");

    assertThat(
            Http.get("/api/v1/audit/csv?from=gestern", "Authorization", "Bearer " + admin)
                .statusCode())
        .isEqualTo(400);
    assertThat(items("?type=DATA_EXPORTED&actor=admin%40demo.test"))
        .anySatisfy(o -> assertThat(o.getString("entity")).isEqualTo("AUDIT"));
  }

  @Test
  void staffDecisionsAndTheirWithdrawalAreRecordedWithoutTheReason() {
    HttpResponse<String> candidates =
        Http.get(
            "/api/v1/openings/" + publishedOpening + "/candidates?limit=5",
            "Authorization",
            "Bearer " + staff);
    assertThat(candidates.statusCode()).as(candidates.body()).isEqualTo(200);
    JsonArray found = Http.json(candidates).getJsonArray("items");
    assertThat(found).isNotEmpty();
    String handle = found.getJsonObject(found.size() - 1).getString("handle");
    String reason = "Audit-Test " + unique() + ": auf der Jobmesse kennengelernt.";
    HttpResponse<String> pinned =
        Http.postJson(
            "/api/v1/openings/" + publishedOpening + "/decisions",
            Json.createObjectBuilder()
                .add("handle", handle)
                .add("kind", "PIN")
                .add("reason", reason)
                .build()
                .toString(),
            "Authorization",
            "Bearer " + staff);
    assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(201);
    long id = Http.json(pinned).getInt("id");
    HttpResponse<String> withdrawn =
        Http.send(
            Http.request(
                    "/api/v1/openings/" + publishedOpening + "/decisions/" + id,
                    "Authorization",
                    "Bearer " + staff)
                .DELETE()
                .build());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isIn(200, 204);

    List<JsonObject> decisions = items("?type=STAFF_DECISION&limit=500");
    assertThat(decisions)
        .anySatisfy(
            o -> {
              assertThat(o.getString("entityId")).isEqualTo(String.valueOf(id));
              assertThat(o.getString("newValue")).isEqualTo("PIN");
              assertThat(o.getString("details")).contains(handle, "opening " + publishedOpening);
              assertThat(o.getString("actor")).contains("staff@demo.test");
              assertThat(o.getString("actorRole")).isEqualTo("STAFF");
              assertThat(text(o, "subject")).isNotBlank();
            });
    assertThat(items("?type=STAFF_DECISION_WITHDRAWN&limit=500"))
        .anySatisfy(o -> assertThat(o.getString("entityId")).isEqualTo(String.valueOf(id)));
    assertThat(audit(admin, "?limit=500").body()).doesNotContain(reason);
  }
}
