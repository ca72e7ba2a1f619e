package org.talentbruecke.profile.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * The demo nurse downloads her CV over HTTP; the text of the PDF is read back; other callers are
 * refused.
 */
@ExtendWith(RunningApplication.class)
class CvPdfIT {
  private static final String CV = "/api/v1/profiles/me/cv.pdf";
  private static String seeker;

  @BeforeAll
  static void signIn() throws InterruptedException {
    seeker = Http.demoToken("seeker");
    // The demo profile is written when the ESCO import has finished, which may be just after
    // readiness.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Http.json(Http.get("/api/v1/profiles/me", "Authorization", "Bearer " + seeker))
            .getJsonArray("occupations")
            .isEmpty()
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
  }

  private static HttpResponse<byte[]> cv(String query, String... headers) {
    return Http.getBytes(CV + query, headers);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theDemoNurseGetsHerGermanCv() throws IOException {
    HttpResponse<byte[]> response = cv("", "Authorization", "Bearer " + seeker);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    String text = text(response.body());
    assertThat(text)
        .contains(
            "Amina Haddad",
            "seeker@demo.test",
            "Krankenpfleger Allgemeine Krankenpflege", // the ESCO occupation, German label from the
            // database
            "verordnete Medikamente verabreichen", // an ESCO skill
            "B1",
            "Zertifikat: DTZ B1",
            "Anerkennung in Deutschland: teilweise gleichwertig");
    assertThat(text).doesNotContain("Резюме");
  }

  @Test
  void withUkrainianTheSecondColumnIsUkrainian() throws IOException {
    HttpResponse<byte[]> response = cv("?second=uk", "Authorization", "Bearer " + seeker);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response.body()))
        .contains(
            "Lebenslauf · Deutsch",
            "Резюме · Українська",
            "Досвід роботи",
            "Визнання в Німеччині: частково рівноцінна",
            // ESCO 1.2.1 has Ukrainian labels for every occupation
            "сестра медична, відповідальна за загальний догляд");
  }

  @Test
  void arabicIsOffered() throws IOException {
    HttpResponse<byte[]> response = cv("?second=ar", "Authorization", "Bearer " + seeker);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response.body()))
        .contains("Lebenslauf · Deutsch")
        .containsPattern("\\p{IsArabic}{4,}");
  }

  @Test
  void anUnknownSecondLanguageIsAProblemDocumentNamingTheParameter() {
    HttpResponse<String> response =
        Http.get(CV + "?second=fr", "Authorization", "Bearer " + seeker, "Accept-Language", "en");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Http.json(response).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:validation");
    assertThat(Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("second");
    assertThat(Http.json(response).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("en, ar, uk or tr");
  }

  @Test
  void aBrowserSignedInToThePagesOpensItWithItsSessionAlone() throws IOException {
    try (Browser browser = Browser.open("de")) {
      browser.signIn("seeker@demo.test", Demo.PASSWORD);
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertThat(session).as("session cookie after signing in").isNotNull();

      HttpResponse<byte[]> response = cv("", "Cookie", "JSESSIONID=" + session.getValue());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(text(response.body())).contains("Amina Haddad", "Lebenslauf · Deutsch");
    }
  }

  @Test
  void theOpenApiDocumentDescribesIt() {
    String openapi = Http.get("/openapi").body();
    assertThat(openapi)
        .contains("/api/v1/profiles/me/cv.pdf")
        .contains("application/pdf")
        .contains("second");
  }

  @Test
  void otherRolesAreForbiddenAndNobodyIsAskedToSignIn() {
    for (String role : new String[] {"employer", "staff", "admin"}) {
      HttpResponse<String> response =
          Http.get(CV, "Authorization", "Bearer " + Http.demoToken(role));
      assertThat(response.statusCode()).as(role).isEqualTo(403);
      assertThat(Http.json(response).getString("type"))
          .isEqualTo("urn:talentbruecke:problem:forbidden");
    }
    HttpResponse<String> anonymous = Http.get(CV);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(Http.json(anonymous).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:unauthorized");
  }
}
