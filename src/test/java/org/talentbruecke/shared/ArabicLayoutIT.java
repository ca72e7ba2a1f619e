package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * A job seeker switches to Arabic: the page turns right to left, mirrored, in Arabic, and the
 * choice comes back with their next sign-in because it is kept on the account.
 */
@ExtendWith(RunningApplication.class)
class ArabicLayoutIT {
  private static final String PASSWORD = "Zwei Sprachen, ein Profil 2026";
  private static final String ARABIC_LETTER = "\\p{IsArabic}";

  @Test
  void jobSeekerSwitchesToArabicAndFindsItAgainAfterSigningInAgain() throws IOException {
    Properties arabic = bundle("ar");
    String email = newJobSeeker();
    try (Browser browser = Browser.open("de-DE")) {
      browser.signIn(email, PASSWORD);
      assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
      assertThat(browser.find("html").getAttribute("dir")).isEqualTo("ltr");
      assertThat(browser.text("h1")).isEqualTo("Mein Profil");

      browser.clickAndWait("a[hreflang='ar']");
      assertArabicRightToLeft(browser, arabic);

      // PrimeFaces widgets follow: the confirmation dialog is rendered for right to left.
      browser.go("/account/index.xhtml");
      assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
      assertThat(browser.find(".ui-confirm-dialog").getAttribute("class"))
          .contains("ui-dialog-rtl");

      browser.clickAndWait("#signOutForm\\:signOut");
      // Signed out, the browser keeps the last choice (issue 14), so the sign-in page is Arabic
      // and signing in from it keeps Arabic.
      browser.go("/login.xhtml");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ar");

      browser.signIn(email, PASSWORD);
      assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
      assertArabicRightToLeft(browser, arabic);
      browser.screenshot("seeker-arabic");
    }
  }

  private static void assertArabicRightToLeft(Browser browser, Properties arabic) {
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ar");
    assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.text("h1"))
        .isEqualTo(arabic.getProperty("seeker.title"))
        .containsPattern(ARABIC_LETTER);
    String nav = browser.text("nav.tb-nav");
    assertThat(nav)
        .contains(
            arabic.getProperty("nav.home"),
            arabic.getProperty("nav.seeker"),
            arabic.getProperty("nav.account"));
    assertThat(browser.text("main")).contains(arabic.getProperty("seeker.intro"));
    // Mirrored: the brand sits at the right edge, the navigation to its left, text starts on the
    // right.
    @SuppressWarnings("unchecked")
    Map<String, Object> layout =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const r = s => document.querySelector(s).getBoundingClientRect();"
                        + "return {brandLeft: r('.tb-brand').left, navRight: r('.tb-nav').right,"
                        + " direction: getComputedStyle(document.querySelector('main')).direction,"
                        + " align: getComputedStyle(document.querySelector('main p')).textAlign,"
                        + " width: document.documentElement.clientWidth};");
    assertThat(layout.get("direction")).isEqualTo("rtl");
    assertThat(((Number) layout.get("brandLeft")).doubleValue())
        .isGreaterThanOrEqualTo(((Number) layout.get("navRight")).doubleValue());
    assertThat(((Number) layout.get("brandLeft")).doubleValue())
        .isGreaterThan(((Number) layout.get("width")).doubleValue() / 2);
    assertThat(layout.get("align")).isIn("start", "right");
  }

  private static String newJobSeeker() {
    String email = "arabic-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> response =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Amina Test")
                .add("role", "JOB_SEEKER")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            "192.0.2.88");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return email;
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ArabicLayoutIT.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
