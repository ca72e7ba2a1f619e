package org.talentbruecke.opening.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * The done-when of issue 5 in Chromium: an employer registers, is verified by staff, creates an
 * opening with requirements from ESCO, gets the fair job-ad findings for "Deutsch als
 * Muttersprache" and "junges Team", fixes them and publishes; a job seeker finds the opening
 * through the filters and sees its requirements.
 */
@ExtendWith(RunningApplication.class)
class FairAdPublishingIT {
  private static final String SALES =
      "http://data.europa.eu/esco/occupation/9ba74e8a-c40c-4228-9998-eb3c7a5c11df";
  private static final String LEHRTE = "03241011";

  @Test
  void employerRegistersIsVerifiedFixesTheFindingsAndPublishesAndJobSeekersFindTheOpening() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String organisation = "Modehaus Lehrte " + suffix;
    String title = "Kundenberater (m/w/d) " + suffix;
    try (Browser browser = Browser.open("de-DE")) {
      browser.go("/register.xhtml?as=employer");
      browser.type("#registration\\:organisationName", organisation);
      browser.type("#registration\\:displayName", "Sabine Krüger");
      browser.type("#registration\\:email", "mode-" + suffix + "@example.org");
      browser.type("#registration\\:password", "Mäntel und Schals im Winter");
      browser.find("#registration\\:privacy .ui-chkbox-box").click();
      browser.clickAndWait("#registration\\:submit");
      assertThat(browser.text("#verification")).contains("noch nicht geprüft");

      try (Browser staff = Browser.open("de-DE")) {
        staff.signIn("staff@demo.test", Demo.PASSWORD);
        org.talentbruecke.it.StaffReview.verify(staff, organisation);
      }

      browser.go("/employer/index.xhtml");
      assertThat(browser.text("#verification")).contains("Ihr Unternehmen ist geprüft");
      browser.type("#newOpening\\:title", title);
      browser.type(
          "#newOpening\\:description",
          "Für unser junges Team in Lehrte suchen wir Verstärkung. Voraussetzung: Deutsch als Muttersprache.");
      browser.clickAndWait("#newOpening\\:save");

      String row = "//tr[td[normalize-space(text())='" + title + "']]";
      WebElement edit =
          browser.driver().findElement(By.xpath(row + "//a[normalize-space()='Bearbeiten']"));
      edit.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.stalenessOf(edit));
      browser.awaitLoaded();
      EditorSteps.pick(
          browser, "occupation", "Einzelhandelsverkäufer", SALES, "#editor\\:skillsBlock");
      // Sales is not regulated: nothing is pre-set and no notice is shown.
      assertThat(browser.all("#regulationNotice")).isEmpty();
      EditorSteps.tick(browser, "mustHave", "Kundenzufriedenheit gewährleisten");
      EditorSteps.tick(browser, "mustHave", "Beziehung zu Kunden und Kundinnen pflegen");
      EditorSteps.select(browser, "#editor\\:municipality", LEHRTE);
      EditorSteps.select(browser, "#editor\\:hours", "FULL_TIME");
      EditorSteps.select(browser, "#editor\\:germanSpokenInteraction", "B1");
      EditorSteps.select(browser, "#editor\\:languageRows\\:0\\:language", "tr");
      EditorSteps.select(browser, "#editor\\:languageRows\\:0\\:level", "B2");
      browser.clickAndWait("#editor\\:save");
      assertThat(browser.pageText()).contains("Der Entwurf „" + title + "“ ist gespeichert.");

      WebElement publish = browser.driver().findElement(By.xpath(row + "//button"));
      publish.click();
      browser.find("#findings");
      assertThat(browser.path()).isEqualTo("/employer/publish.xhtml");

      assertThat(browser.find("#fix\\:description").getDomProperty("value"))
          .startsWith("Für unser junges Team");
      List<WebElement> findings = browser.all("#findings li");
      assertThat(findings).hasSize(2);
      assertThat(findings.get(0).getText())
          .contains("junges Team")
          .contains("in der Beschreibung")
          .contains("Warum:")
          .contains("Besser so:")
          .contains("motiviertes Team");
      assertThat(findings.get(1).getText())
          .contains("Deutsch als Muttersprache")
          .contains("8 AZR 402/15")
          .contains("GER");

      // Publishing anyway needs the explicit confirmation.
      browser.clickAndWait("#anyway\\:publishAnyway");
      assertThat(browser.pageText())
          .contains("Bitte bestätigen Sie zuerst, dass Sie die Hinweise gelesen haben.");
      assertThat(browser.all("#findings li")).hasSize(2);
      // The refusal is not 1,500 px further down: the error summary at the top has the focus,
      // and its link puts the focus on the unticked box.
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo("errorSummary");
      assertThat(browser.text("#errorSummary h2")).isEqualTo("Es gibt ein Problem");
      assertThat(browser.text("#errorSummary li a"))
          .isEqualTo(
              "Ich habe die Hinweise gelesen und möchte die Anzeige trotzdem so veröffentlichen."
                  + " Bitte bestätigen Sie zuerst, dass Sie die Hinweise gelesen haben.");
      browser.find("#errorSummary li a").click();
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo("anyway:confirm_input");

      browser.type(
          "#fix\\:description",
          "Für unser motiviertes Team in Lehrte suchen wir Verstärkung. Voraussetzung: Deutsch B1 (Sprechen).");
      browser.clickAndWait("#fix\\:recheck");

      assertThat(browser.path()).isEqualTo("/employer/index.xhtml");
      assertThat(browser.pageText())
          .contains("Die Stelle „" + title + "“ ist jetzt veröffentlicht.");
      assertThat(browser.driver().findElement(By.xpath(row)).getText()).contains("Veröffentlicht");
    }

    try (Browser seeker = Browser.open("de-DE")) {
      seeker.signIn("seeker@demo.test", Demo.PASSWORD);
      seeker.go("/openings.xhtml");
      EditorSteps.select(seeker, "#occupation", SALES);
      EditorSteps.select(seeker, "#municipality", LEHRTE);
      EditorSteps.select(seeker, "#maxGermanLevel", "B1");
      seeker.clickAndWait("#filter");
      assertThat(seeker.pageText()).contains(title).contains("Beruf: Verkäufer");
      seeker.driver().findElement(By.linkText(title)).click();
      seeker.awaitLoaded();
      assertThat(seeker.path()).isEqualTo("/opening.xhtml");
      assertThat(seeker.text("#summary"))
          .contains(organisation)
          .contains("Lehrte")
          .contains("Vollzeit");
      assertThat(seeker.text("#mustHave")).contains("Kundenzufriedenheit gewährleisten");
      assertThat(seeker.text("#languages")).contains("Türkisch: B2");
      assertThat(seeker.pageText()).contains("motiviertes Team").doesNotContain("Muttersprache");
      // A signed-in job seeker shows interest on the contact page (issue 12); no registration link.
      assertThat(seeker.find("#showInterest").getAttribute("href"))
          .contains("/seeker/interest.xhtml?opening=");
      assertThat(seeker.all("#registerForInterest")).isEmpty();

      // The keyword alone finds the opening, whatever the case, and stays in the address.
      seeker.go("/openings.xhtml");
      seeker.type("#q", "KUNDENBERATER (M/W/D) " + suffix.toUpperCase(java.util.Locale.ROOT));
      seeker.clickAndWait("#filter");
      assertThat(seeker.driver().getCurrentUrl()).contains("q=KUNDENBERATER");
      assertThat(seeker.text("#total")).isEqualTo("1");
      assertThat(seeker.text("#results")).contains(title).contains(organisation);

      // Sorted by closing soon and paged: the next page keeps filters and order in the address.
      seeker.go("/openings.xhtml?maxGermanLevel=C2&sort=CLOSING_SOON");
      List<Instant> firstPage = expiries(seeker);
      assertThat(firstPage).hasSize(20).isSorted();
      seeker.clickAndWait("#nextPage");
      assertThat(seeker.driver().getCurrentUrl())
          .contains("maxGermanLevel=C2")
          .contains("sort=CLOSING_SOON")
          .contains("page=2");
      assertThat(new Select(seeker.find("#sort")).getFirstSelectedOption().getAttribute("value"))
          .isEqualTo("CLOSING_SOON");
      assertThat(seeker.text("#pageInfo")).contains("Seite 2");
      List<Instant> secondPage = expiries(seeker);
      assertThat(secondPage).isNotEmpty().isSorted();
      assertThat(secondPage.get(0)).isAfterOrEqualTo(firstPage.get(firstPage.size() - 1));
      seeker.driver().navigate().back();
      seeker.awaitLoaded();
      assertThat(seeker.driver().getCurrentUrl()).doesNotContain("page=2");
      assertThat(expiries(seeker)).isEqualTo(firstPage);

      // A filter that finds nothing says what to change.
      seeker.go("/openings.xhtml?q=" + suffix + "-gibt-es-nicht");
      assertThat(seeker.text("#total")).isEqualTo("0");
      assertThat(seeker.text("#noOpenings")).contains("anderes Suchwort");
    }

    // A visitor finds the list from the landing page and gets the next step on the detail page.
    try (Browser visitor = Browser.open("de-DE")) {
      visitor.go("/index.xhtml");
      assertThat(visitor.all("#footerOpenings")).hasSize(1);
      visitor.clickAndWait("#homeOpenings");
      assertThat(visitor.path()).isEqualTo("/openings.xhtml");
      visitor.go("/openings.xhtml?q=" + suffix);
      visitor.driver().findElement(By.linkText(title)).click();
      visitor.awaitLoaded();
      visitor.clickAndWait("#registerForInterest");
      assertThat(visitor.path()).isEqualTo("/register.xhtml");

      // On a small phone nothing in the list reaches past the right edge of the screen.
      for (int width : new int[] {320, 390}) {
        visitor.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 800));
        visitor.go("/openings.xhtml");
        Object widest =
            ((org.openqa.selenium.JavascriptExecutor) visitor.driver())
                .executeScript(
                    "return Math.max(...Array.from(document.querySelectorAll('#main *'))"
                        + ".map(e => e.getBoundingClientRect().right))"
                        + " - document.documentElement.clientWidth;");
        assertThat(((Number) widest).doubleValue()).as("overflow at %d px", width).isLessThan(1);
      }
    }

    // Ending the opening asks first: "Nein" keeps it published, "Ja" ends it.
    try (Browser employer = Browser.open("de-DE")) {
      employer.signIn("mode-" + suffix + "@example.org", "Mäntel und Schals im Winter");
      employer.go("/employer/index.xhtml");
      String row = "//tr[td[normalize-space(text())='" + title + "']]";
      WebElement preview =
          employer.driver().findElement(By.xpath(row + "//a[normalize-space()='Vorschau']"));
      WebElement close =
          employer.driver().findElement(By.xpath(row + "//button[normalize-space()='Beenden']"));
      // Apart means not touching: side by side with a gap, or wrapped onto a line of their own
      // (the row also offers "Kandidat·innen" and may wrap).
      org.openqa.selenium.Rectangle a = preview.getRect();
      org.openqa.selenium.Rectangle b = close.getRect();
      boolean sideBySide =
          b.getX() >= a.getX() + a.getWidth() + 4 || a.getX() >= b.getX() + b.getWidth() + 4;
      boolean stacked =
          b.getY() >= a.getY() + a.getHeight() + 2 || a.getY() >= b.getY() + b.getHeight() + 2;
      assertThat(sideBySide || stacked)
          .as("„Vorschau“ %s and „Beenden“ %s stand apart", a, b)
          .isTrue();
      close.click();
      String open = ":is(.ui-confirm-dialog, .ui-confirmdialog)[aria-hidden='false']";
      WebElement dialog = employer.find(open);
      assertThat(dialog.getText()).contains(title).contains("Diese Stelle beenden?");
      employer.find(open + " .ui-confirmdialog-no").click();
      new WebDriverWait(employer.driver(), Duration.ofSeconds(10))
          .until(d -> "true".equals(dialog.getAttribute("aria-hidden")));
      employer.go("/employer/index.xhtml");
      assertThat(employer.driver().findElement(By.xpath(row)).getText()).contains("Veröffentlicht");

      WebElement closeAgain =
          employer.driver().findElement(By.xpath(row + "//button[normalize-space()='Beenden']"));
      closeAgain.click();
      employer.find(open + " .ui-confirmdialog-yes").click();
      employer.awaitGone(closeAgain).awaitLoaded();
      assertThat(employer.driver().findElement(By.xpath(row)).getText()).contains("Beendet");
    }
  }

  /**
   * Issue 14 in Chromium: a published opening is corrected (the fair job-ad check runs again on the
   * changed text, the live version stays until "publish anyway" is confirmed, the earlier version
   * is listed), extended with a limited date, closed from its preview after a confirmation,
   * reopened as a new draft, and that draft deleted after a confirmation.
   */
  @Test
  void aPublishedOpeningIsCorrectedExtendedClosedReopenedAndTheNewDraftDeleted() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String title = "Servicekraft Café (m/w/d) " + suffix;
    String fair = "Für unser motiviertes Team am Maschsee suchen wir Verstärkung.";
    String row = "//tr[td[normalize-space(text())='" + title + "']]";
    String open = ":is(.ui-confirm-dialog, .ui-confirmdialog)[aria-hidden='false']";
    try (Browser employer = Browser.open("de-DE")) {
      employer.signIn("employer@demo.test", Demo.PASSWORD);
      employer.go("/employer/index.xhtml");
      employer.type("#newOpening\\:title", title);
      employer.type("#newOpening\\:description", fair);
      employer.clickAndWait("#newOpening\\:save");
      WebElement publish =
          employer
              .driver()
              .findElement(By.xpath(row + "//button[normalize-space()='Veröffentlichen']"));
      publish.click();
      employer.awaitGone(publish).awaitLoaded();
      assertThat(employer.pageText())
          .contains("Die Stelle „" + title + "“ ist jetzt veröffentlicht.");

      // Correct it: the editor says the live version stays until the change is published.
      WebElement edit =
          employer.driver().findElement(By.xpath(row + "//a[normalize-space()='Bearbeiten']"));
      edit.click();
      employer.awaitGone(edit).awaitLoaded();
      assertThat(employer.path()).isEqualTo("/employer/opening.xhtml");
      long id =
          Long.parseLong(employer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      assertThat(employer.text("#publishedNote")).contains("bleibt die bisherige Fassung online");
      assertThat(employer.text("#noVersions")).contains("nicht geändert");
      assertThat(employer.all("#editor\\:save")).isEmpty();
      String risky = "Für unser junges Team am Maschsee suchen wir Verstärkung.";
      employer.type("#editor\\:description", risky);
      employer.clickAndWait("#editor\\:publishChange");
      assertThat(employer.path()).isEqualTo("/employer/opening.xhtml");
      assertThat(employer.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo("errorSummary");
      assertThat(employer.text("#errorSummary")).contains("Die Änderung ist noch nicht online");
      assertThat(employer.all("#findings li")).hasSize(1);
      assertThat(employer.text("#findings li")).contains("junges Team").contains("Besser so:");
      assertThat(publicDescription(id)).as("the live version is unchanged").isEqualTo(fair);

      // "Publish anyway" needs the tick; nothing typed is lost on the way.
      employer.clickAndWait("#editor\\:publishChangeAnyway");
      assertThat(employer.pageText())
          .contains("Bitte bestätigen Sie zuerst, dass Sie die Hinweise gelesen haben.");
      assertThat(employer.find("#editor\\:description").getDomProperty("value")).isEqualTo(risky);
      assertThat(publicDescription(id)).isEqualTo(fair);
      employer.find("#editor\\:confirm .ui-chkbox-box").click();
      employer.clickAndWait("#editor\\:publishChangeAnyway");
      assertThat(employer.path()).isEqualTo("/employer/index.xhtml");
      assertThat(employer.pageText())
          .contains(
              "Die Änderung an „"
                  + title
                  + "“ ist jetzt online. Die vorige Fassung ist gespeichert.");
      assertThat(publicDescription(id)).isEqualTo(risky);
      employer.go("/employer/opening.xhtml?id=" + id);
      assertThat(employer.all("#versions li")).hasSize(1);
      assertThat(employer.text("#versions li")).contains("Fassung 1").contains(title);

      // Extend: a day in the past is explained, a day within the limits is taken.
      employer.go("/employer/index.xhtml");
      WebElement extend =
          employer.driver().findElement(By.xpath(row + "//a[normalize-space()='Verlängern']"));
      extend.click();
      employer.awaitGone(extend).awaitLoaded();
      assertThat(employer.path()).isEqualTo("/employer/extend.xhtml");
      java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
      assertThat(employer.find("#extend\\:lastDay").getAttribute("min"))
          .isEqualTo(today.plusDays(1).toString());
      assertThat(employer.find("#extend\\:lastDay").getAttribute("max"))
          .isEqualTo(today.plusDays(60).toString());
      setDate(employer, "#extend\\:lastDay", today.minusDays(2));
      employer.clickAndWait("#extend\\:save");
      assertThat(employer.text("#errorSummary")).contains("Bitte wählen Sie einen Tag nach heute.");
      setDate(employer, "#extend\\:lastDay", today.plusDays(90));
      employer.clickAndWait("#extend\\:save");
      assertThat(employer.text("#errorSummary")).contains("höchstens 60 Tage ab heute");
      setDate(employer, "#extend\\:lastDay", today.plusDays(40));
      employer.clickAndWait("#extend\\:save");
      assertThat(employer.pageText()).contains("„" + title + "“ bleibt jetzt länger online.");
      assertThat(
              Instant.parse(
                  Http.json(Http.get("/api/v1/openings/published/" + id)).getString("expiresAt")))
          .isEqualTo(
              today.plusDays(41).atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toInstant());

      // Close from the opening's preview: "Nein" keeps it, "Ja" ends it.
      employer.go("/employer/preview.xhtml?id=" + id);
      employer.find("#actions\\:close").click();
      WebElement dialog = employer.find(open);
      assertThat(dialog.getText()).contains("Diese Stelle beenden?");
      employer.find(open + " .ui-confirmdialog-no").click();
      new WebDriverWait(employer.driver(), Duration.ofSeconds(10))
          .until(d -> "true".equals(dialog.getAttribute("aria-hidden")));
      assertThat(Http.get("/api/v1/openings/published/" + id).statusCode()).isEqualTo(200);
      WebElement close = employer.find("#actions\\:close");
      close.click();
      employer.find(open + " .ui-confirmdialog-yes").click();
      employer.awaitGone(close).awaitLoaded();
      assertThat(employer.pageText()).contains("Die Stelle „" + title + "“ ist beendet.");
      assertThat(Http.get("/api/v1/openings/published/" + id).statusCode()).isEqualTo(404);

      // Reopen: a new draft with the same text; the closed opening stays closed.
      WebElement reopen =
          employer
              .driver()
              .findElement(
                  By.xpath(row + "//button[normalize-space()='Als neuen Entwurf öffnen']"));
      reopen.click();
      employer.awaitGone(reopen).awaitLoaded();
      assertThat(employer.path()).isEqualTo("/employer/opening.xhtml");
      long copy =
          Long.parseLong(employer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      assertThat(copy).isNotEqualTo(id);
      assertThat(employer.pageText()).contains("Neuer Entwurf aus „" + title + "“");
      assertThat(employer.find("#editor\\:description").getDomProperty("value")).isEqualTo(risky);
      employer.go("/employer/index.xhtml");
      assertThat(employer.text("#status-" + id)).isEqualTo("Beendet");
      assertThat(employer.text("#status-" + copy)).isEqualTo("Entwurf");

      // Delete the new draft, opened with the keyboard: "Nein" keeps it, "Ja" deletes it.
      String draftRow = row + "[.//span[@id='status-" + copy + "']]";
      WebElement delete =
          employer
              .driver()
              .findElement(By.xpath(draftRow + "//button[normalize-space()='Löschen']"));
      delete.sendKeys(org.openqa.selenium.Keys.ENTER);
      WebElement confirm = employer.find(open);
      assertThat(confirm.getText()).contains(title).contains("Diesen Entwurf löschen?");
      employer.find(open + " .ui-confirmdialog-no").click();
      new WebDriverWait(employer.driver(), Duration.ofSeconds(10))
          .until(d -> "true".equals(confirm.getAttribute("aria-hidden")));
      employer.go("/employer/index.xhtml");
      assertThat(employer.all("#status-" + copy)).hasSize(1);
      WebElement deleteAgain =
          employer
              .driver()
              .findElement(By.xpath(draftRow + "//button[normalize-space()='Löschen']"));
      deleteAgain.click();
      employer.find(open + " .ui-confirmdialog-yes").click();
      employer.awaitGone(deleteAgain).awaitLoaded();
      assertThat(employer.pageText()).contains("Der Entwurf „" + title + "“ ist gelöscht.");
      assertThat(employer.all("#status-" + copy)).isEmpty();
      assertThat(employer.text("#status-" + id)).isEqualTo("Beendet");
    }
  }

  private static String publicDescription(long id) {
    return Http.json(Http.get("/api/v1/openings/published/" + id)).getString("description");
  }

  // Chromium's date field takes keystrokes in the browser's locale; the value itself is ISO.
  private static void setDate(Browser browser, String css, java.time.LocalDate day) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), day.toString());
  }

  private static List<Instant> expiries(Browser browser) {
    return browser.all("#results .tb-expires").stream()
        .map(e -> Instant.parse(e.getAttribute("datetime")))
        .toList();
  }
}
