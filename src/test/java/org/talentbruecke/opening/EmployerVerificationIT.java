package org.talentbruecke.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.it.Shots;

/**
 * An employer registers, cannot publish while unverified, is verified by staff, then publishes;
 * staff reject another with a reason the employer reads; a look-alike of a verified name is
 * flagged.
 */
@ExtendWith(RunningApplication.class)
class EmployerVerificationIT {

  private static final String CONFIRM_YES =
      ":is(.ui-confirm-dialog, .ui-confirmdialog)[aria-hidden='false'] .ui-confirmdialog-yes";

  private static void registerEmployer(Browser employer, String organisation, String person) {
    employer.go("/register.xhtml?as=employer");
    employer.type("#registration\\:organisationName", organisation);
    employer.type("#registration\\:displayName", person);
    employer.type(
        "#registration\\:email",
        "garden-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    employer.type("#registration\\:password", "Rosen und Tulpen im Mai");
    employer.find("#registration\\:privacy .ui-chkbox-box").click();
    employer.clickAndWait("#registration\\:submit");
    assertThat(employer.path()).isEqualTo("/employer/index.xhtml");
  }

  private static void openReview(Browser staff, String organisation) {
    org.talentbruecke.it.StaffReview.open(staff, organisation);
  }

  private static void confirmAndWait(Browser browser, String button) {
    WebElement pressed = browser.find(button);
    pressed.click();
    browser.find(CONFIRM_YES).click();
    browser.awaitGone(pressed).awaitLoaded();
  }

  @Test
  void unverifiedEmployerCannotPublishUntilStaffVerifyInTheBrowser() {
    String organisation = "Gärtnerei Wunstorf " + UUID.randomUUID().toString().substring(0, 4);
    try (Browser employer = Browser.open("de-DE")) {
      registerEmployer(employer, organisation, "Heike Gärtner");
      assertThat(employer.text("#verification")).contains("noch nicht geprüft");

      employer.type("#newOpening\\:title", "Gärtner (m/w/d)");
      employer.clickAndWait("#newOpening\\:save");
      assertThat(employer.pageText()).contains("Der Entwurf „Gärtner (m/w/d)“ ist gespeichert.");
      employer.clickAndWait("#openings\\:table\\:0\\:publish");
      assertThat(employer.pageText())
          .contains(
              "Veröffentlichen geht erst, wenn die Wirtschaftsförderung Ihr Unternehmen geprüft hat.");
      assertThat(employer.pageText()).contains("Entwurf");

      try (Browser staff = Browser.open("de-DE")) {
        staff.signIn("staff@demo.test", Demo.PASSWORD);
        openReview(staff, organisation);
        // Who registered it and what is missing are on the page.
        assertThat(staff.text("#registeredBy")).contains("Heike Gärtner");
        assertThat(staff.text("#missing")).contains("Adresse").contains("Registereintrag");
        Shots.take(staff, "staff-review-de");

        // No details yet: confirming alone is not enough, the box naming what is missing must be
        // ticked first.
        confirmAndWait(staff, "#decide\\:verify");
        assertThat(staff.path()).isEqualTo("/staff/organisation.xhtml");
        assertThat(staff.text("#errorSummary")).contains("Es fehlt: Adresse");
        staff.find("#decide\\:missingAcknowledged .ui-chkbox-box").click();
        confirmAndWait(staff, "#decide\\:verify");
        new WebDriverWait(staff.driver(), Duration.ofSeconds(15))
            .until(d -> d.findElement(By.tagName("body")).getText().contains("ist jetzt geprüft"));
        assertThat(staff.path()).isEqualTo("/staff/index.xhtml");
        assertThat(
                Http.get(
                        "/api/v1/organisations",
                        "Authorization",
                        "Bearer " + Http.demoToken("staff"))
                    .body())
            .as("no longer waiting")
            .doesNotContain(organisation);
      }

      employer.go("/employer/index.xhtml");
      assertThat(employer.text("#verification")).contains("Ihr Unternehmen ist geprüft");
      employer.clickAndWait("#openings\\:table\\:0\\:publish");
      assertThat(employer.pageText())
          .contains("Die Stelle „Gärtner (m/w/d)“ ist jetzt veröffentlicht.");
    }
  }

  @Test
  void staffRejectWithAReasonAndTheEmployerReadsItAndAnswers() {
    String organisation = "Transporte Schnell " + UUID.randomUUID().toString().substring(0, 4);
    String reason =
        "Wir finden Ihr Unternehmen nicht im Handelsregister. Bitte nennen Sie die HRB-Nummer.";
    try (Browser employer = Browser.open("de-DE");
        Browser staff = Browser.open("de-DE")) {
      registerEmployer(employer, organisation, "Jonas Fahrer");
      staff.signIn("staff@demo.test", Demo.PASSWORD);
      openReview(staff, organisation);

      // Without a reason, the rejection is refused and nothing changes.
      confirmAndWait(staff, "#decide\\:reject");
      assertThat(staff.path()).isEqualTo("/staff/organisation.xhtml");
      assertThat(staff.text("#errorSummary")).contains("Begründung");
      assertThat(staff.text("#state")).contains("Wartet auf Prüfung");

      // Keyboard only: Tab to the reason, type it, Tab to "Ablehnen", Enter, confirm with Enter.
      staff.tabTo("#decide\\:reason");
      staff.keys(reason);
      WebElement reject = staff.tabTo("#decide\\:reject");
      reject.sendKeys(Keys.ENTER);
      WebElement yes = staff.find(CONFIRM_YES);
      new WebDriverWait(staff.driver(), Duration.ofSeconds(5)).until(d -> yes.isDisplayed());
      yes.sendKeys(Keys.ENTER);
      staff.awaitGone(reject).awaitLoaded();
      assertThat(staff.pageText()).contains("Unternehmen „" + organisation + "“ ist abgelehnt.");

      employer.go("/employer/index.xhtml");
      assertThat(employer.text("#staffNotice"))
          .contains("Die Wirtschaftsförderung hat Ihr Unternehmen abgelehnt")
          .contains(reason);
      Shots.take(employer, "employer-rejected-de");
      employer.clickAndWait("#answerLink");
      assertThat(employer.text("#staffMessage")).isEqualTo(reason);
      employer.type("#profile\\:registerEntry", "HRB 20001, Amtsgericht Hannover");
      employer.clickAndWait("#profile\\:save");
      assertThat(employer.pageText()).contains("prüft Ihre Angaben jetzt noch einmal");

      openReview(staff, organisation);
      assertThat(staff.text("#fact-register")).isEqualTo("HRB 20001, Amtsgericht Hannover");
      assertThat(staff.text("#history"))
          .contains("Abgelehnt")
          .contains(reason)
          .contains("Nach Ablehnung korrigiert")
          .contains("Jonas Fahrer");
    }
  }

  @Test
  void aLookAlikeOfAVerifiedOrganisationIsFlaggedWithWhoRegisteredIt() {
    // The demo employer "Pflegezentrum Am Maschsee GmbH" is verified; this one imitates it with a
    // zero-width space and another legal form.
    try (Browser employer = Browser.open("de-DE");
        Browser staff = Browser.open("de-DE")) {
      registerEmployer(employer, "Pflege\u200Bzentrum am Maschsee UG", "Max Muster");
      staff.signIn("staff@demo.test", Demo.PASSWORD);
      openReview(staff, "Pflegezentrum am Maschsee UG");
      assertThat(staff.text("#lookAlike"))
          .contains("ähnelt einem geprüften Unternehmen")
          .contains("Pflegezentrum Am Maschsee GmbH");
      assertThat(staff.text("#registeredBy")).contains("Max Muster");
      Shots.take(staff, "staff-lookalike-de");
      staff.go("/staff/index.xhtml");
      Shots.take(staff, "staff-queue-de");
    }
    try (Browser staff = Browser.open("ar")) {
      staff.signIn("staff@demo.test", Demo.PASSWORD);
      openReview(staff, "Pflegezentrum am Maschsee UG");
      assertThat(staff.find("html").getAttribute("dir")).isEqualTo("rtl");
      assertThat(staff.text("#lookAlike")).contains("Pflegezentrum Am Maschsee GmbH");
      Shots.take(staff, "staff-lookalike-ar");
      staff.go("/staff/index.xhtml");
      Shots.take(staff, "staff-queue-ar");
    }
  }
}
