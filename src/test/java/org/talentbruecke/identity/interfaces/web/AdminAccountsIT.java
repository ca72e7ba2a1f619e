package org.talentbruecke.identity.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.it.Shots;

/**
 * An admin finds an account by e-mail, deactivates it (it cannot sign in, its tokens end) and
 * reactivates it; searching and paging happen in the database; an admin cannot deactivate themself;
 * a throttled account can be let in again.
 */
@ExtendWith(RunningApplication.class)
class AdminAccountsIT {
  private static final String PASSWORD = "Ein langer Satz als Passwort 9";
  private static final String CONFIRM_YES =
      ":is(.ui-confirm-dialog, .ui-confirmdialog)[aria-hidden='false'] .ui-confirmdialog-yes";

  private static String registerSeeker(String name) {
    String email = "konto-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", name)
                .add("role", "JOB_SEEKER")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            "192.0.2.91");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return email;
  }

  private static HttpResponse<String> tokenResponse(String email, String password) {
    return Http.postJson(
        "/api/v1/auth/token",
        Json.createObjectBuilder().add("email", email).add("password", password).build().toString(),
        "X-Forwarded-For",
        "192.0.2." + (100 + (int) (Math.random() * 100)));
  }

  private static JsonArray find(String query, String admin) {
    HttpResponse<String> response =
        Http.get("/api/v1/admin/accounts?" + query, "Authorization", "Bearer " + admin);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static HttpResponse<String> call(String method, String path, String token) {
    return Http.send(
        Http.request(path, "Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  @Test
  void adminFindsAndDeactivatesAnAccountWhichThenCannotSignIn() {
    String email = registerSeeker("Olena Koval");
    try (Browser admin = Browser.open("de-DE")) {
      admin.signIn("admin@demo.test", Demo.PASSWORD);
      admin.go("/admin/index.xhtml");
      admin.clickAndWait("#accounts-link");
      assertThat(admin.path()).isEqualTo("/admin/accounts.xhtml");

      admin.type("#q", email);
      admin.clickAndWait("#find");
      assertThat(admin.driver().getCurrentUrl()).contains("q=");
      assertThat(admin.text("#found")).startsWith("1 ");
      assertThat(admin.text("#accounts\\:table")).contains(email).contains("Olena Koval");
      Shots.take(admin, "admin-accounts-de");

      WebElement deactivate = admin.find("button[id$=':deactivate']");
      deactivate.click();
      admin.find(CONFIRM_YES).click();
      admin.awaitGone(deactivate).awaitAjax();
      assertThat(admin.pageText()).contains("Das Konto " + email + " ist gesperrt.");
      assertThat(admin.text("#accounts\\:table")).contains("gesperrt");
      Shots.take(admin, "admin-accounts-deactivated-de");

      try (Browser person = Browser.open("de-DE")) {
        person.signIn(email, PASSWORD);
        assertThat(person.path()).isEqualTo("/login.xhtml");
        assertThat(person.pageText()).contains("Dieses Konto ist gesperrt.");
      }
      assertThat(tokenResponse(email, PASSWORD).statusCode()).isEqualTo(403);

      WebElement reactivate = admin.find("button[id$=':reactivate']");
      reactivate.click();
      admin.awaitGone(reactivate).awaitAjax();
      assertThat(admin.pageText()).contains("ist wieder freigegeben");
    }
    try (Browser person = Browser.open("de-DE")) {
      person.signIn(email, PASSWORD);
      assertThat(person.path()).isEqualTo("/seeker/index.xhtml");
    }
    try (Browser admin = Browser.open("ar")) {
      admin.signIn("admin@demo.test", Demo.PASSWORD);
      admin.go("/admin/accounts.xhtml?q=demo.test");
      assertThat(admin.find("html").getAttribute("dir")).isEqualTo("rtl");
      assertThat(admin.text("#accounts\\:table")).contains("admin@demo.test");
      Shots.take(admin, "admin-accounts-ar");
      admin.go("/admin/reference.xhtml");
      Shots.take(admin, "admin-reference-ar");
    }
  }

  @Test
  void searchRoleFilterAndPagingHappenInTheDatabase() {
    String admin = Http.demoToken("admin");
    String marker = "zz" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 3; i++) {
      registerSeeker("Suche " + marker + " " + i);
    }
    HttpResponse<String> page =
        Http.get(
            "/api/v1/admin/accounts?q=" + marker.toUpperCase() + "&role=JOB_SEEKER&limit=2",
            "Authorization",
            "Bearer " + admin);
    assertThat(page.headers().firstValue("X-Total-Count")).hasValue("3");
    assertThat(Json.createReader(new StringReader(page.body())).readArray()).hasSize(2);
    assertThat(find("q=" + marker + "&role=JOB_SEEKER&offset=2&limit=2", admin)).hasSize(1);
    assertThat(find("q=" + marker + "&role=STAFF", admin)).isEmpty();
    assertThat(find("q=%25&role=ADMIN", admin)).as("% is a literal character").isEmpty();
    assertThat(find("role=ADMIN", admin).getJsonObject(0).getString("email"))
        .isEqualTo("admin@demo.test");
    assertThat(
            Http.get("/api/v1/admin/accounts?limit=abc", "Authorization", "Bearer " + admin)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            Http.get("/api/v1/admin/accounts?role=KING", "Authorization", "Bearer " + admin)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            Http.get("/api/v1/admin/accounts", "Authorization", "Bearer " + Http.demoToken("staff"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void deactivationEndsTokensAndAnAdminCannotDeactivateThemself() {
    String admin = Http.demoToken("admin");
    long self = find("q=admin@demo.test", admin).getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> refused =
        call("PUT", "/api/v1/admin/accounts/" + self + "/deactivation", admin);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("urn:talentbruecke:problem:invalid-state");

    String email = registerSeeker("Token Person");
    String token = Http.token(email, PASSWORD, "192.0.2.92");
    long id = find("q=" + email, admin).getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(Http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(200);
    HttpResponse<String> deactivated =
        call("PUT", "/api/v1/admin/accounts/" + id + "/deactivation", admin);
    assertThat(Http.json(deactivated).getBoolean("active")).isFalse();
    assertThat(Http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode())
        .as("the old token ends")
        .isEqualTo(401);
    assertThat(
            Http.json(call("DELETE", "/api/v1/admin/accounts/" + id + "/deactivation", admin))
                .getBoolean("active"))
        .isTrue();
    assertThat(tokenResponse(email, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(call("PUT", "/api/v1/admin/accounts/999999999/deactivation", admin).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anAdminLiftsTheThrottleOfAnAccount() {
    String admin = Http.demoToken("admin");
    String email = registerSeeker("Viele Versuche");
    for (int i = 0; i < 12; i++) {
      tokenResponse(email, "falsch-" + i);
    }
    assertThat(tokenResponse(email, PASSWORD).statusCode()).as("throttled").isEqualTo(429);
    long id = find("q=" + email, admin).getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(call("DELETE", "/api/v1/admin/accounts/" + id + "/throttle", admin).statusCode())
        .isEqualTo(204);
    assertThat(tokenResponse(email, PASSWORD).statusCode()).isEqualTo(200);
  }
}
