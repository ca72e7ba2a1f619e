package org.talentbruecke.contact;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Issue 12's "done when" in real Chromium: an employer goes from the candidates to a contact
 * request, the job seeker accepts, and only then does the employer see the name; a withdrawal takes
 * it away at once. A job seeker shows interest from the opening's page and the employer sees it.
 * The admins' outbox shows the mails, each in its receiver's language.
 */
@ExtendWith(RunningApplication.class)
class ContactPagesIT {
  private static JsonObject nursing;
  private static long nursingId;

  @BeforeAll
  static void theNursingOpening() {
    nursing = ContactFixtures.nursingOpening(Http.demoToken("employer"));
    nursingId = nursing.getJsonNumber("id").longValue();
  }

  /** The candidates page on which the handle's card is, walking the pages in order. */
  private static WebElement candidateCard(Browser browser, String handle) {
    for (int page = 1; page <= 30; page++) {
      browser.go("/employer/candidates.xhtml?opening=" + nursingId + "&page=" + page);
      if (!browser.all("#candidate-" + handle).isEmpty()) {
        return browser.find("#candidate-" + handle);
      }
      if (browser.all("#nextPage").isEmpty()) {
        break;
      }
    }
    throw new AssertionError(handle + " is on no candidates page");
  }

  private static void assertAnonymous(Browser browser, ContactFixtures.Seeker seeker) {
    assertThat(browser.driver().getPageSource())
        .doesNotContain(seeker.name())
        .doesNotContain(seeker.email())
        .doesNotContain(ContactFixtures.BIRTH_DATE)
        .doesNotContain("5550123");
  }

  /**
   * The dashboard's "suggested" count of the nursing opening. Other tests add openings to the demo
   * employer, so it may sit on a later page of the dashboard's table (20 rows a page).
   */
  private static long suggested(Browser employer) {
    employer.go("/employer/index.xhtml");
    org.openqa.selenium.By count = org.openqa.selenium.By.id("suggested-" + nursingId);
    for (int page = 0; page < 20 && employer.driver().findElements(count).isEmpty(); page++) {
      employer.find("#openings\\:table .ui-paginator-next").click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              employer.driver(), java.time.Duration.ofSeconds(10))
          .until(
              d ->
                  !d.findElements(count).isEmpty()
                      || d.findElements(
                                  org.openqa.selenium.By.cssSelector(
                                      "#openings\\:table .ui-paginator-next.ui-state-disabled"))
                              .size()
                          > 0);
    }
    return Long.parseLong(employer.driver().findElement(count).getText().strip());
  }

  @Test
  void anEmployerAsksTheJobSeekerAcceptsAndOnlyThenTheNameShowsUntilTheWithdrawal() {
    ContactFixtures.Seeker seeker =
        ContactFixtures.register(
            "Halyna Sichtbarnachzusage " + ContactFixtures.unique(), "192.0.2.181");
    String handle =
        ContactFixtures.nurseProfile(seeker, nursing, "ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    ContactFixtures.candidateHandles(Http.demoToken("employer"), nursingId);

    try (Browser employer = Browser.open("de");
        Browser person = Browser.open("de")) {
      employer.signIn("employer@demo.test", Demo.PASSWORD);
      long before = suggested(employer);

      WebElement card = candidateCard(employer, handle);
      assertAnonymous(employer, seeker);
      WebElement ask = card.findElement(By.cssSelector(".tb-ask a"));
      assertThat(ask.getText()).startsWith("Kontakt anfragen");
      ask.click();
      employer.awaitGone(card).awaitLoaded();
      assertThat(employer.path()).isEqualTo("/employer/contact.xhtml");
      assertThat(employer.text("#askFor")).contains(handle);
      assertAnonymous(employer, seeker);
      // Sent empty: a clear message, nothing sent.
      employer.clickAndWait("#ask\\:send");
      assertThat(employer.path()).isEqualTo("/employer/contact.xhtml");
      assertThat(employer.pageText()).contains("Bitte füllen Sie dieses Feld aus");
      employer.type("#ask\\:message", "Wir würden Sie gern kennenlernen.");
      employer.clickAndWait("#ask\\:send");
      assertThat(employer.path()).isEqualTo("/employer/contacts.xhtml");
      WebElement row = employer.find("li.tb-contact[data-handle='" + handle + "']");
      assertThat(row.getAttribute("data-state")).isEqualTo("PENDING");
      assertThat(row.getText()).contains("Wartet auf Antwort");
      assertAnonymous(employer, seeker);
      assertThat(suggested(employer)).isEqualTo(before + 1);

      // The job seeker finds it from the start page, gets a clear message for a wrong number,
      // and accepts with a phone number.
      person.signIn(seeker.email(), ContactFixtures.PASSWORD);
      person.go("/seeker/index.xhtml");
      person.clickAndWait("#contactsLink");
      assertThat(person.path()).isEqualTo("/seeker/contacts.xhtml");
      WebElement request = person.find("li.tb-contact[data-state='PENDING']");
      assertThat(request.getText()).contains(ContactFixtures.NURSING_OPENING);
      new Select(person.find("#contacts\\:rows\\:0\\:channel")).selectByValue("PHONE");
      person.type("#contacts\\:rows\\:0\\:detail", "ruf an");
      person.clickAndWait("#contacts\\:rows\\:0\\:accept");
      assertThat(person.pageText()).contains("Telefonnummer mit Ziffern");
      assertThat(person.find("#contacts\\:rows\\:0\\:detail").getAttribute("value"))
          .isEqualTo("ruf an");
      employer.go("/employer/contacts.xhtml");
      assertAnonymous(employer, seeker);

      new Select(person.find("#contacts\\:rows\\:0\\:channel")).selectByValue("PHONE");
      person.type("#contacts\\:rows\\:0\\:detail", "+49 511 5550123");
      person.clickAndWait("#contacts\\:rows\\:0\\:accept");
      assertThat(person.find("li.tb-contact").getAttribute("data-state")).isEqualTo("ACCEPTED");

      employer.go("/employer/contacts.xhtml");
      WebElement accepted = employer.find("li.tb-contact[data-handle='" + handle + "']");
      assertThat(accepted.getAttribute("data-state")).isEqualTo("ACCEPTED");
      assertThat(accepted.findElement(By.cssSelector(".tb-contact-name")).getText())
          .isEqualTo(seeker.name());
      assertThat(accepted.findElement(By.cssSelector(".tb-contact-detail")).getText())
          .isEqualTo("+49 511 5550123");
      assertThat(employer.driver().getPageSource())
          .doesNotContain(seeker.email())
          .doesNotContain(ContactFixtures.BIRTH_DATE);
      employer.screenshot("contact-employer-accepted");

      // The job seeker withdraws (after confirming); the employer's next look shows nothing.
      person.go("/seeker/contacts.xhtml");
      person.find("#contacts\\:rows\\:0\\:withdraw").click();
      WebElement yes =
          person.find(":is(.ui-confirm-dialog, .ui-confirmdialog) .ui-confirmdialog-yes");
      new org.openqa.selenium.support.ui.WebDriverWait(
              person.driver(), java.time.Duration.ofSeconds(10))
          .until(d -> yes.isDisplayed());
      yes.click();
      person.awaitGone(yes).awaitLoaded();
      assertThat(person.find("li.tb-contact").getAttribute("data-state")).isEqualTo("WITHDRAWN");
      employer.go("/employer/contacts.xhtml");
      assertThat(
              employer
                  .find("li.tb-contact[data-handle='" + handle + "']")
                  .getAttribute("data-state"))
          .isEqualTo("WITHDRAWN");
      assertAnonymous(employer, seeker);
    }
  }

  @Test
  void aJobSeekerShowsInterestTheEmployerSeesItAndTheOutboxShowsTheMails() {
    ContactFixtures.Seeker seeker =
        ContactFixtures.register(
            "Bohdan Interessenzeiger " + ContactFixtures.unique(), "192.0.2.182");
    String handle = ContactFixtures.nurseProfile(seeker, nursing, "STAFF_ONLY");

    try (Browser visitor = Browser.open("de")) {
      visitor.go("/opening.xhtml?id=" + nursingId);
      assertThat(visitor.text("#registerForInterest")).isNotBlank();
      assertThat(visitor.find("#loginForInterest").getAttribute("href")).contains("/login.xhtml");
      assertThat(visitor.all("#showInterest")).isEmpty();
    }

    // The job seeker uses Ukrainian: signing in stores it on the account, and mails follow it.
    try (Browser person = Browser.open("uk");
        Browser employer = Browser.open("de");
        Browser admin = Browser.open("de")) {
      person.signIn(seeker.email(), ContactFixtures.PASSWORD);
      person.go("/opening.xhtml?id=" + nursingId);
      person.clickAndWait("#showInterest");
      assertThat(person.path()).isEqualTo("/seeker/interest.xhtml");
      assertThat(person.text("#whatIsShared")).contains("без імені");
      person.type("#interest\\:message", "Ich arbeite seit zehn Jahren in der Pflege.");
      new Select(person.find("#interest\\:channel")).selectByValue("COUNSELLOR");
      person.type("#interest\\:detail", "IQ Beratung Hannover, Frau Arslan");
      person.clickAndWait("#interest\\:send");
      assertThat(person.path()).isEqualTo("/seeker/contacts.xhtml");
      assertThat(person.find("li.tb-contact").getAttribute("data-state")).isEqualTo("PENDING");
      // Showing interest again for the same opening: the page says it was shown already.
      person.go("/seeker/interest.xhtml?opening=" + nursingId);
      assertThat(person.text("#shownBefore")).contains("Очікує відповіді");
      assertThat(person.all("#interest\\:send")).isEmpty();

      employer.signIn("employer@demo.test", Demo.PASSWORD);
      employer.go("/employer/index.xhtml");
      employer.clickAndWait("#contactsLink");
      WebElement interest = employer.find("li.tb-contact[data-handle='" + handle + "']");
      assertThat(interest.getText()).contains("Interesse an der Stelle");
      assertThat(interest.getText()).contains("Ich arbeite seit zehn Jahren");
      assertAnonymous(employer, seeker);
      WebElement accept = interest.findElement(By.cssSelector("button[id$=':accept']"));
      accept.click();
      employer.awaitGone(accept).awaitLoaded();
      WebElement accepted = employer.find("li.tb-contact[data-handle='" + handle + "']");
      assertThat(accepted.getAttribute("data-state")).isEqualTo("ACCEPTED");
      assertThat(accepted.findElement(By.cssSelector(".tb-contact-name")).getText())
          .isEqualTo(seeker.name());
      assertThat(accepted.getText()).contains("IQ Beratung Hannover, Frau Arslan");

      admin.signIn("admin@demo.test", Demo.PASSWORD);
      admin.go("/admin/index.xhtml");
      admin.clickAndWait("#outbox-link");
      assertThat(admin.path()).isEqualTo("/admin/outbox.xhtml");
      // To the employer's users (in the language each one last signed in with), under the
      // handle only.
      assertThat(admin.all("li.tb-mail[data-receiver='employer@demo.test']"))
          .anySatisfy(m -> assertThat(m.getText()).contains(handle));
      // To the job seeker, in the language stored on the account (Ukrainian).
      WebElement toSeeker = admin.find("li.tb-mail[data-receiver='" + seeker.email() + "']");
      assertThat(toSeeker.getAttribute("data-language")).isEqualTo("uk");
      assertThat(toSeeker.getText()).contains("прийняв ваш інтерес");
      for (WebElement mail : admin.all("li.tb-mail[data-receiver='employer@demo.test']")) {
        assertThat(mail.getText()).doesNotContain(seeker.name());
      }
      admin.screenshot("contact-outbox");

      // How the pages look on a phone (390 px), the employer's in Arabic, for people to review.
      person.go("/seeker/contacts.xhtml");
      person.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      person.screenshot("contact-seeker-uk-390");
    }
    try (Browser arabic = Browser.open("ar")) {
      arabic.signIn("employer@demo.test", Demo.PASSWORD);
      arabic.go("/employer/contacts.xhtml");
      arabic.screenshot("contact-employer-ar-1280");
      arabic.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      arabic.go("/employer/contact.xhtml?opening=" + nursingId + "&candidate=" + handle);
      arabic.screenshot("contact-ask-ar-390");
    }
  }
}
