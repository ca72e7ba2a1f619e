package org.talentbruecke.identity.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * A job seeker registers, signs out and in again in real Chromium; bad input loses nothing; the
 * chosen language stays chosen.
 */
@ExtendWith(RunningApplication.class)
class RegistrationAndLoginIT {
  private static final String PASSWORD = "Sonnenblumen im Garten 12";
  private Browser browser;

  @BeforeEach
  void open() {
    browser = Browser.open("de-DE");
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private static String uniqueEmail() {
    return "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  @Test
  void jobSeekerRegistersSignsOutAndSignsInAgain() {
    String email = uniqueEmail();
    browser.go("/");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
    assertThat(browser.text("h1")).isEqualTo("Ihre Fähigkeiten. Unsere Region.");
    browser.clickAndWait("a.tb-button.tb-primary");

    browser.type("#registration\\:displayName", "Olena Kovalenko-Müller");
    browser.type("#registration\\:email", email);
    browser.type("#registration\\:password", PASSWORD);
    browser.find("#registration\\:privacy .ui-chkbox-box").click();
    browser.clickAndWait("#registration\\:submit");

    assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
    assertThat(browser.pageText())
        .contains("Willkommen! Ihr Konto ist angelegt.")
        .contains("Olena Kovalenko-Müller");

    browser.clickAndWait("#signOutForm\\:signOut");
    assertThat(browser.path()).isEqualTo("/index.xhtml");
    assertThat(browser.all("#signOutForm")).isEmpty();

    browser.signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
    browser.screenshot("seeker-home");
  }

  @Test
  void rejectedRegistrationKeepsWhatWasTypedExceptThePassword() {
    browser.go("/register.xhtml");
    browser.type("#registration\\:displayName", "Ahmad Karimi");
    browser.type("#registration\\:email", "ahmad.karimi-at-example.org");
    browser.type("#registration\\:password", "kurz");
    browser.clickAndWait("#registration\\:submit");

    assertThat(browser.pageText())
        .contains("Bitte geben Sie eine gültige E-Mail-Adresse ein")
        .contains("Das Passwort ist zu kurz")
        .contains("Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.");
    assertThat(browser.find("#registration\\:displayName").getAttribute("value"))
        .isEqualTo("Ahmad Karimi");
    assertThat(browser.find("#registration\\:email").getAttribute("value"))
        .isEqualTo("ahmad.karimi-at-example.org");
    assertThat(browser.find("#registration\\:password").getAttribute("value")).isEmpty();
    assertThat(browser.find("#registration\\:email").getAttribute("aria-invalid"))
        .isEqualTo("true");
  }

  @Test
  void wrongPasswordIsExplainedAndTheEmailStays() {
    browser.go("/login.xhtml");
    browser.type("#login\\:email", "seeker@demo.test");
    browser.type("#login\\:password", "not the password at all");
    browser.clickAndWait("#login\\:submit");
    assertThat(browser.pageText()).contains("E-Mail-Adresse oder Passwort ist falsch.");
    assertThat(browser.find("#login\\:email").getAttribute("value")).isEqualTo("seeker@demo.test");
    assertThat(browser.find("#login\\:password").getAttribute("value")).isEmpty();
  }

  @Test
  void repeatedFailuresTellThePersonWhenToTryAgain() {
    String email = uniqueEmail();
    for (int i = 0; i < 6; i++) {
      browser.go("/login.xhtml");
      browser.type("#login\\:email", email);
      browser.type("#login\\:password", "wrong wrong wrong");
      browser.clickAndWait("#login\\:submit");
    }
    assertThat(browser.pageText())
        .containsPattern(
            "Zu viele Versuche\\. Bitte warten Sie \\d+ Sekunden \\(bis \\d\\d:\\d\\d Uhr\\)");
  }

  @Test
  void aBrowserThatUsedUpItsAddressAttemptsDoesNotLockOutTheNextBrowser() {
    // 20 failures per client address are free (talentbruecke.login.address-free-attempts); each
    // with a new e-mail, so only the address throttle counts them.
    for (int i = 0; i < 20; i++) {
      browser.signIn(uniqueEmail(), "wrong wrong wrong");
      assertThat(browser.pageText()).contains("E-Mail-Adresse oder Passwort ist falsch.");
    }
    browser.signIn(uniqueEmail(), "wrong wrong wrong");
    assertThat(browser.pageText()).contains("Zu viele Versuche.");

    try (Browser next = Browser.open("de-DE")) {
      next.signIn("seeker@demo.test", "Talentbruecke-Demo-2026");
      assertThat(next.path()).isEqualTo("/seeker/index.xhtml");
    }
  }

  @Test
  void keyboardOnlyLoginWorksAndTheSkipLinkLeadsToTheContent() {
    browser.go("/login.xhtml");
    browser.find("body").sendKeys(Keys.TAB);
    assertThat(browser.driver().switchTo().activeElement().getText())
        .isEqualTo("Zum Inhalt springen");
    WebElement email = browser.find("#login\\:email");
    email.sendKeys("seeker@demo.test", Keys.TAB);
    browser.driver().switchTo().activeElement().sendKeys("Talentbruecke-Demo-2026", Keys.ENTER);
    // The login page's own h1 is there until the browser has swapped documents: wait for that.
    browser.awaitGone(email).awaitLoaded();
    assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
    assertThat(browser.find("h1").getText()).isNotEqualTo("Anmelden");
  }

  @Test
  void loginLeadsBackToThePageThatAskedForIt() {
    browser.go("/account/index.xhtml");
    assertThat(browser.path()).isEqualTo("/login.xhtml");
    browser.type("#login\\:email", "staff@demo.test");
    browser.type("#login\\:password", "Talentbruecke-Demo-2026");
    browser.clickAndWait("#login\\:submit");
    assertThat(browser.path()).isEqualTo("/account/index.xhtml");
    assertThat(browser.pageText()).contains("staff@demo.test");
  }

  @Test
  void englishIsOneClickAway() {
    browser.go("/");
    browser.clickAndWait("a[hreflang='en']");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(browser.text("h1")).isEqualTo("Your skills. Our region.");
    browser.go("/login.xhtml");
    assertThat(browser.text("h1")).isEqualTo("Sign in");
  }

  /**
   * The rule: the language of the page a person signs in on wins and becomes the account's; the
   * browser keeps the last choice after signing out; the account page changes it.
   */
  @Test
  void theChosenLanguageStaysThroughSignInAndSignOutAndIsChangedOnTheAccountPage() {
    String seeker = "seeker@demo.test";
    String password = "Talentbruecke-Demo-2026";
    browser.go("/");
    browser.clickAndWait("a[hreflang='ar']");
    assertLanguage(browser, "ar", "rtl");

    browser.signIn(seeker, password);
    assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
    assertLanguage(browser, "ar", "rtl");
    assertThat(browser.find("#cvBilingualLink").getAttribute("href"))
        .endsWith("/api/v1/profiles/me/cv.pdf?second=ar");
    assertThat(browser.find("#cvLink").getAttribute("href")).endsWith("/api/v1/profiles/me/cv.pdf");

    browser.clickAndWait("#signOutForm\\:signOut");
    assertThat(browser.path()).isEqualTo("/index.xhtml");
    assertLanguage(browser, "ar", "rtl");

    browser.signIn(seeker, password);
    browser.go("/account/index.xhtml");
    Select language = new Select(browser.find("#language\\:preferred"));
    assertThat(language.getFirstSelectedOption().getAttribute("value")).isEqualTo("ar");
    assertThat(language.getOptions().stream().map(WebElement::getText))
        .containsExactly("Deutsch", "English", "العربية", "українська", "Türkçe");
    language.selectByValue("uk");
    browser.clickAndWait("#language\\:saveLanguage");
    assertThat(browser.path()).isEqualTo("/account/index.xhtml");
    assertLanguage(browser, "uk", "ltr");
    assertThat(browser.pageText()).contains("Мову збережено.");
    browser.go("/seeker/index.xhtml");
    assertLanguage(browser, "uk", "ltr");
    assertThat(browser.find("#cvBilingualLink").getAttribute("href")).endsWith("?second=uk");

    org.openqa.selenium.Cookie kept = browser.driver().manage().getCookieNamed("tb_lang");
    assertThat(kept.getValue()).isEqualTo("uk");
    assertThat(kept.getSameSite()).isEqualTo("Lax");
    assertThat(kept.getExpiry())
        .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(360))));
    browser.clickAndWait("#signOutForm\\:signOut");
    assertLanguage(browser, "uk", "ltr");

    // The account now says Ukrainian; signed in from a German page it becomes German.
    try (Browser german = Browser.open("de-DE")) {
      german.go("/login.xhtml");
      assertLanguage(german, "de", "ltr");
      german.signIn(seeker, password);
      assertThat(german.path()).isEqualTo("/seeker/index.xhtml");
      assertLanguage(german, "de", "ltr");
      assertThat(german.all("#cvBilingualLink")).isEmpty();
      german.go("/account/index.xhtml");
      assertThat(
              new Select(german.find("#language\\:preferred"))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("de");
    }

    // And the other way round: the account says German, this browser's page Ukrainian.
    browser.signIn(seeker, password);
    assertLanguage(browser, "uk", "ltr");
    browser.go("/account/index.xhtml");
    assertThat(
            new Select(browser.find("#language\\:preferred"))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("uk");
  }

  @Test
  void aJobSeekerDownloadsTheirDataAndDeletesTheAccountWithTheKeyboardAfterConfirming() {
    String email = uniqueEmail();
    browser.go("/register.xhtml");
    browser.type("#registration\\:displayName", "Mariam Löschtest");
    browser.type("#registration\\:email", email);
    browser.type("#registration\\:password", PASSWORD);
    browser.find("#registration\\:privacy .ui-chkbox-box").click();
    browser.clickAndWait("#registration\\:submit");
    assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");

    browser.go("/account/index.xhtml");
    // The download is the JSON export of the signed-in person (the page's session suffices).
    Object export =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('export').href)"
                    + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
    assertThat(String.valueOf(export)).contains(email).contains("Mariam Löschtest");
    assertThat(browser.all("#erase\\:erasePassword")).as("no password field before").isEmpty();

    // Step 1: the button leads to a confirmation that says what goes and asks for the password.
    browser.tabTo("#eraseStart");
    browser.keys(Keys.ENTER);
    browser.awaitLoaded();
    assertThat(browser.pageText())
        .contains("Konto wirklich löschen?")
        .contains("Ihr Profil: Berufe, Kompetenzen")
        .contains("Das können Sie nicht rückgängig machen.");

    // A wrong password deletes nothing and says so.
    browser.tabTo("#erase\\:erasePassword");
    browser.keys("nicht das Passwort 2026");
    WebElement refused = browser.tabTo("#erase\\:eraseConfirm");
    browser.keys(Keys.ENTER);
    browser.awaitGone(refused).awaitLoaded();
    assertThat(browser.pageText())
        .contains("Das Passwort ist falsch. Ihr Konto wurde nicht gelöscht.");
    assertThat(browser.path()).isEqualTo("/account/index.xhtml");

    browser.tabTo("#erase\\:erasePassword");
    browser.keys(PASSWORD);
    WebElement confirm = browser.tabTo("#erase\\:eraseConfirm");
    browser.keys(Keys.ENTER);
    // A full-page submit: wait until the confirming page is gone (awaitLoaded alone may still see
    // it under load), then for the page it leads to.
    browser.awaitGone(confirm).awaitLoaded();
    assertThat(browser.path()).as(browser.pageText()).isEqualTo("/index.xhtml");
    assertThat(browser.pageText()).contains("Ihr Konto und alle Ihre Daten sind gelöscht.");
    assertThat(browser.all("#signOutForm")).as("signed out").isEmpty();

    browser.signIn(email, PASSWORD);
    assertThat(browser.pageText()).contains("E-Mail-Adresse oder Passwort ist falsch.");
  }

  /** Registers a job seeker in the browser; they land on their start page, signed in. */
  private String registerInBrowser(String name) {
    String email = uniqueEmail();
    browser.go("/register.xhtml");
    browser.type("#registration\\:displayName", name);
    browser.type("#registration\\:email", email);
    browser.type("#registration\\:password", PASSWORD);
    browser.find("#registration\\:privacy .ui-chkbox-box").click();
    browser.clickAndWait("#registration\\:submit");
    assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
    return email;
  }

  @Test
  void withoutConsentToTheCurrentPrivacyNoticeOnlyTheConsentPageExportAndDeletionOpen() {
    registerInBrowser("Farid Einwilligung");
    browser.go("/account/index.xhtml");
    assertThat(browser.text("#consents")).contains("Datenschutzhinweise, Version: 2");

    // Withdrawn: the same state as after a new version of the notice.
    browser.clickAndWait("#withdrawConsent\\:withdraw");
    assertThat(browser.path()).isEqualTo("/account/consent.xhtml");
    assertThat(browser.text("#consentWhy")).contains("Datenschutzhinweise sind neu");
    assertThat(browser.text("h2#summary-title")).contains("Version 2");
    browser.screenshot("consent-interstitial");

    for (String page :
        List.of("/seeker/index.xhtml", "/seeker/profile/skills.xhtml", "/account/index.xhtml")) {
      browser.go(page);
      assertThat(browser.path()).as(page).isEqualTo("/account/consent.xhtml");
    }
    assertThat(browser.find("#consentExport").getAttribute("href"))
        .endsWith("/api/v1/profiles/me/export");
    browser.clickAndWait("#consentErase");
    assertThat(browser.path()).as("deleting stays possible").isEqualTo("/account/index.xhtml");
    assertThat(browser.all("#erase\\:erasePassword")).hasSize(1);
    browser.go("/privacy.xhtml");
    assertThat(browser.pageText()).contains("Was wir aufschreiben (Protokoll)");

    browser.go("/account/consent.xhtml");
    browser.clickAndWait("#consent\\:agree");
    assertThat(browser.path()).isEqualTo("/seeker/index.xhtml");
    browser.clickAndWait("#profileViewsLink");
    assertThat(browser.path()).isEqualTo("/seeker/views.xhtml");
    assertThat(browser.text("#noViews")).isEqualTo("Bisher hat niemand Ihr Profil angesehen.");
    browser.go("/account/index.xhtml");
    assertThat(browser.text("#consents")).contains("widerrufen am").contains("erteilt am");
  }

  @Test
  void theAdminsAuditPageShowsASignInAnExportAndAStaffDecision() {
    String email = uniqueEmail();
    String address = "192.0.2.181";
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Samira Protokoll")
                .add("role", "JOB_SEEKER")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            address);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String token = Http.token(email, PASSWORD, address);
    assertThat(
            Http.get("/api/v1/profiles/me/export", "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(200);
    String handle = staffPinsAndWithdraws();

    browser.signIn("admin@demo.test", Demo.PASSWORD);
    browser.go("/admin/index.xhtml");
    browser.clickAndWait("#audit-link");
    assertThat(browser.path()).isEqualTo("/admin/audit.xhtml");

    browser.type("#actor", email);
    browser.clickAndWait("#filter");
    assertThat(browser.path()).isEqualTo("/admin/audit.xhtml");
    String rows = browser.text("#audit\\:entries");
    assertThat(rows).contains("Anmeldung", "Daten heruntergeladen", "Konto angelegt", email);
    assertThat(browser.find("#csvLink").getAttribute("href"))
        .contains("/api/v1/audit/csv?actor=" + email.replace("@", "%40"));

    browser.go("/admin/audit.xhtml?type=STAFF_DECISION");
    assertThat(browser.text("#audit\\:entries"))
        .contains("Entscheidung der Beratung", handle, "staff@demo.test");
    browser.screenshot("admin-audit");

    browser.go("/admin/audit.xhtml?from=2026-12-05&to=2026-12-01");
    assertThat(browser.text("#errorSummary")).contains("„Von“ liegt nach „Bis“");
  }

  /** Staff recommend the last candidate of a published demo opening and withdraw it at once. */
  private static String staffPinsAndWithdraws() {
    String staff = Http.demoToken("staff");
    String employer = Http.demoToken("employer");
    long opening =
        Json.createReader(
                new StringReader(
                    Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                        .body()))
            .readArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> "PUBLISHED".equals(o.getString("status")))
            // The demo nursing opening has candidates; other tests publish openings without any.
            .filter(o -> o.getString("title").startsWith("Pflegefachkraft (m/w/d) in der"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonArray items =
        Http.json(
                Http.get(
                    "/api/v1/openings/" + opening + "/candidates?limit=5",
                    "Authorization",
                    "Bearer " + staff))
            .getJsonArray("items");
    String handle = items.getJsonObject(items.size() - 1).getString("handle");
    HttpResponse<String> pinned =
        Http.postJson(
            "/api/v1/openings/" + opening + "/decisions",
            Json.createObjectBuilder()
                .add("handle", handle)
                .add("kind", "PIN")
                .add("reason", "Im Beratungsgespräch überzeugt.")
                .build()
                .toString(),
            "Authorization",
            "Bearer " + staff);
    assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(201);
    Http.send(
        Http.request(
                "/api/v1/openings/" + opening + "/decisions/" + Http.json(pinned).getInt("id"),
                "Authorization",
                "Bearer " + staff)
            .DELETE()
            .build());
    return handle;
  }

  private static void assertLanguage(Browser browser, String lang, String dir) {
    assertThat(browser.find("html").getAttribute("lang")).as("lang").isEqualTo(lang);
    assertThat(browser.find("html").getAttribute("dir")).as("dir").isEqualTo(dir);
  }
}
