package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** Every response carries the security headers; the session cookie is locked down. */
@ExtendWith(RunningApplication.class)
class SecurityHeadersIT {

  @Test
  void pagesApiErrorsAndHealthCarryTheHeaders() {
    for (String path :
        List.of(
            "/",
            "/login.xhtml",
            "/register.xhtml",
            "/api/v1/nothing",
            "/no-such-page.xhtml",
            "/health/ready",
            "/seeker/index.xhtml")) {
      HttpResponse<String> response = Http.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("frame-ancestors 'none'")
                      .contains("object-src 'none'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .contains("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy"))
          .as(path)
          .contains("strict-origin-when-cross-origin");
    }
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() {
    HttpResponse<String> response = Http.get("/login.xhtml");
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void unknownPagesGetTheFriendlyNotFoundPageInTheUsersLanguage() {
    HttpResponse<String> german =
        Http.get("/no-such-page.xhtml", "Accept-Language", "de-DE,de;q=0.9");
    assertThat(german.statusCode()).isEqualTo(404);
    assertThat(german.body())
        .contains("Seite nicht gefunden")
        .contains("lang=\"de\"")
        .doesNotContain("Payara");
    HttpResponse<String> english = Http.get("/no-such-page.xhtml", "Accept-Language", "en");
    assertThat(english.body()).contains("Page not found");
  }

  @Test
  void protectedPagesSendAnonymousVisitorsToTheLogin() {
    HttpResponse<String> response = Http.get("/admin/index.xhtml");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).contains("/login.xhtml?next=%2Fadmin%2Findex.xhtml"));
  }
}
