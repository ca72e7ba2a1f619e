package org.talentbruecke.identity.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** Registration, tokens and the caller's account over real HTTP, with bad input of every kind. */
@ExtendWith(RunningApplication.class)
class AccountsApiIT {
  private static final String GOOD_PASSWORD = "Lindenblüten am Maschsee 7";
  private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

  /** Each test acts from its own client address so throttling in one does not leak into another. */
  private static String newAddress() {
    return "203.0.113." + ADDRESSES.incrementAndGet();
  }

  private static String uniqueEmail() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private static JsonObjectBuilder registration(String email) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", GOOD_PASSWORD)
        .add("displayName", "Oksana Test")
        .add("role", "JOB_SEEKER")
        .add("privacyAccepted", true);
  }

  private static HttpResponse<String> register(
      JsonObjectBuilder body, String address, String language) {
    return Http.postJson(
        "/api/v1/accounts",
        body.build().toString(),
        "X-Forwarded-For",
        address,
        "Accept-Language",
        language);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = Http.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:talentbruecke:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  private static boolean canSignIn(String email) {
    HttpResponse<String> response =
        Http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", GOOD_PASSWORD)
                .build()
                .toString(),
            "X-Forwarded-For",
            newAddress());
    return response.statusCode() == 200;
  }

  @Test
  void jobSeekerRegistersGetsATokenAndSeesThemselves() {
    String email = uniqueEmail();
    HttpResponse<String> created = register(registration(email), newAddress(), "de");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = Http.token(email, GOOD_PASSWORD, newAddress());
    JsonObject me = Http.json(Http.get("/api/v1/me", "Authorization", "Bearer " + token));
    assertThat(me.getString("email")).isEqualTo(email);
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("JOB_SEEKER");
    assertThat(me.getJsonNumber("id").longValue()).isPositive();
  }

  @Test
  void employerRegistersWithANewUnverifiedOrganisation() {
    String email = uniqueEmail();
    HttpResponse<String> created =
        register(
            registration(email).add("role", "EMPLOYER").add("organisationName", "Tischlerei Probe"),
            newAddress(),
            "de");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = Http.token(email, GOOD_PASSWORD, newAddress());
    JsonObject organisation =
        Http.json(Http.get("/api/v1/organisations/mine", "Authorization", "Bearer " + token));
    assertThat(organisation.getString("name")).isEqualTo("Tischlerei Probe");
    assertThat(organisation.getString("verification")).isEqualTo("UNVERIFIED");
  }

  @Test
  void badRegistrationsAreRefusedFieldByFieldAndStoreNothing() {
    String address = newAddress();
    String email = uniqueEmail();
    // Empty fields: every problem at once, in German
    HttpResponse<String> empty =
        register(Json.createObjectBuilder().add("role", "JOB_SEEKER"), address, "de");
    assertProblem(empty, 400, "validation");
    assertThat(Http.json(empty).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("email", "displayName", "password", "privacyAccepted");
    assertThat(empty.body()).contains("Bitte füllen Sie dieses Feld aus.");

    // 10,000 characters, markup, SQL metacharacters, malformed e-mail, a common password (in
    // English)
    HttpResponse<String> overlong =
        register(registration(email).add("displayName", "x".repeat(10_000)), address, "en");
    assertProblem(overlong, 400, "validation");
    assertThat(overlong.body()).contains("at most 100 characters");
    assertProblem(
        register(
            registration(email).add("displayName", "<script>alert(1)</script>"), address, "en"),
        400,
        "validation");
    assertProblem(
        register(registration("x'; DROP TABLE ACCOUNT;--@example.org"), address, "en"),
        400,
        "validation");
    assertProblem(register(registration("not-an-address"), address, "en"), 400, "validation");
    HttpResponse<String> common =
        register(registration(email).add("password", "passwort1234"), address, "en");
    assertProblem(common, 400, "validation");
    assertThat(Http.json(common).getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("validation.password.COMMON");
    assertProblem(
        register(registration(email).add("role", "ADMIN"), address, "en"), 400, "validation");

    assertThat(canSignIn(email)).as("no account was created by the refused attempts").isFalse();
  }

  @Test
  void duplicateEmailIsRefusedWithoutSayingMore() {
    String email = uniqueEmail();
    assertThat(register(registration(email), newAddress(), "de").statusCode()).isEqualTo(201);
    HttpResponse<String> again =
        register(
            registration(email.toUpperCase()).add("displayName", "Someone Else"),
            newAddress(),
            "de");
    assertProblem(again, 400, "validation");
    assertThat(Http.json(again).getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("validation.email.taken");
    assertThat(again.body()).doesNotContain("Oksana").doesNotContain("JOB_SEEKER");
  }

  @Test
  void twentyWrongPasswordsAreThrottledAndTheServiceKeepsAnswering() {
    String email = uniqueEmail();
    assertThat(register(registration(email), newAddress(), "de").statusCode()).isEqualTo(201);
    String address = newAddress();
    String wrong =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "wrong password 123")
            .build()
            .toString();
    for (int attempt = 1; attempt <= 20; attempt++) {
      HttpResponse<String> response =
          Http.postJson("/api/v1/auth/token", wrong, "X-Forwarded-For", address);
      if (attempt <= 5) {
        assertProblem(response, 401, "invalid-credentials");
      } else {
        assertProblem(response, 429, "too-many-attempts");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.json(response).getJsonNumber("retryAfterSeconds").longValue()).isPositive();
      }
    }
    // Even the right password has to wait now, from any address: the account is throttled.
    String right =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", GOOD_PASSWORD)
            .build()
            .toString();
    assertProblem(
        Http.postJson("/api/v1/auth/token", right, "X-Forwarded-For", newAddress()),
        429,
        "too-many-attempts");
    assertThat(Http.get("/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottledToo() {
    String address = newAddress();
    for (int i = 0; i < 20; i++) {
      String body =
          Json.createObjectBuilder()
              .add("email", uniqueEmail())
              .add("password", "guess guess 12")
              .build()
              .toString();
      assertProblem(
          Http.postJson("/api/v1/auth/token", body, "X-Forwarded-For", address),
          401,
          "invalid-credentials");
    }
    String demo =
        Json.createObjectBuilder()
            .add("email", "seeker@demo.test")
            .add("password", "Talentbruecke-Demo-2026")
            .build()
            .toString();
    assertProblem(
        Http.postJson("/api/v1/auth/token", demo, "X-Forwarded-For", address),
        429,
        "too-many-attempts");
    assertThat(
            Http.postJson("/api/v1/auth/token", demo, "X-Forwarded-For", newAddress()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void malformedRequestsGetProblemDocuments() {
    assertProblem(
        Http.postJson("/api/v1/accounts", "{not json", "X-Forwarded-For", newAddress()),
        400,
        "malformed-request");
    assertProblem(
        Http.postJson(
            "/api/v1/accounts", "{\"email\": 42, \"role\": [1]}", "X-Forwarded-For", newAddress()),
        400,
        "malformed-request");
    assertProblem(
        Http.postJson("/api/v1/auth/token", "{}", "X-Forwarded-For", newAddress()),
        400,
        "validation");
    assertProblem(
        Http.send(
            Http.request("/api/v1/accounts")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello"))
                .build()),
        415,
        "unsupported-media-type");
    assertProblem(
        Http.send(Http.request("/api/v1/me").DELETE().build()), 405, "method-not-allowed");
    assertProblem(Http.get("/api/v1/no/such/thing"), 404, "not-found");
  }

  @Test
  void invalidTokensAreUnauthorised() {
    assertProblem(Http.get("/api/v1/me"), 401, "unauthorized");
    assertProblem(
        Http.get("/api/v1/me", "Authorization", "Bearer not.a.token"), 401, "unauthorized");
    String token = Http.demoToken("seeker");
    String tampered =
        token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertProblem(
        Http.get("/api/v1/me", "Authorization", "Bearer " + tampered), 401, "unauthorized");
    assertThat(Http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(200);
  }

  @Test
  void endingAllSessionsRevokesEveryToken() {
    String email = uniqueEmail();
    assertThat(register(registration(email), newAddress(), "de").statusCode()).isEqualTo(201);
    String first = Http.token(email, GOOD_PASSWORD, newAddress());
    String second = Http.token(email, GOOD_PASSWORD, newAddress());
    HttpResponse<String> ended =
        Http.send(
            Http.request("/api/v1/me/sessions", "Authorization", "Bearer " + first)
                .DELETE()
                .build());
    assertThat(ended.statusCode()).isEqualTo(204);
    assertProblem(Http.get("/api/v1/me", "Authorization", "Bearer " + first), 401, "unauthorized");
    assertProblem(Http.get("/api/v1/me", "Authorization", "Bearer " + second), 401, "unauthorized");
    assertThat(canSignIn(email)).isTrue();
  }
}
