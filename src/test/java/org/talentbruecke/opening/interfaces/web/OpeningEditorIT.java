package org.talentbruecke.opening.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;

/** An employer fills in an opening's details, is told what is wrong, publishes; job seekers find it. */
@ExtendWith(RunningApplication.class)
class OpeningEditorIT {

  private static void select(Browser browser, String css, String value) {
    new Select(browser.find(css)).selectByValue(value);
  }

  @Test
  void employerEditsDetailsAndJobSeekersFindTheOpeningByFilters() {
    String title = "Fachkraft Lagerlogistik (m/w/d) " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open("de-DE")) {
      browser.signIn("employer@demo.test", Demo.PASSWORD);
      browser.go("/employer/index.xhtml");
      browser.type("#newOpening\\:title", title);
      browser.clickAndWait("#newOpening\\:save");
      String row = "//tr[td[normalize-space()='" + title + "']]";
      var edit = browser.driver().findElement(By.xpath(row + "//a[normalize-space()='Bearbeiten']"));
      edit.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(edit));

      browser.type("#editor\\:positions", "2");
      select(browser, "#editor\\:municipality", "03241010");
      select(browser, "#editor\\:hours", "PART_TIME");
      ((JavascriptExecutor) browser.driver()).executeScript(
          "arguments[0].value = arguments[1]", browser.find("#editor\\:startDate"), "2020-01-01");
      browser.type("#editor\\:payMin", "2800");
      browser.type("#editor\\:payMax", "2500");
      select(browser, "#editor\\:germanSpokenInteraction", "B1");
      select(browser, "#editor\\:germanWriting", "A2");
      browser.find("#editor\\:offersLanguageCourse").click();
      browser.clickAndWait("#editor\\:save");

      assertThat(browser.path()).isEqualTo("/employer/opening.xhtml");
      assertThat(browser.pageText())
          .contains("Der Beginn darf nicht in der Vergangenheit liegen.")
          .contains("Der höchste Lohn darf nicht kleiner sein als der niedrigste Lohn.");
      assertThat(browser.find("#editor\\:startDate").getAttribute("aria-invalid")).isEqualTo("true");

      ((JavascriptExecutor) browser.driver()).executeScript(
          "arguments[0].value = arguments[1]", browser.find("#editor\\:startDate"), LocalDate.now().plusDays(14).toString());
      browser.type("#editor\\:payMax", "3100");
      browser.clickAndWait("#editor\\:save");
      assertThat(browser.path()).isEqualTo("/employer/index.xhtml");
      assertThat(browser.pageText()).contains("Der Entwurf „" + title + "“ ist gespeichert.");

      var publish = browser.driver().findElement(By.xpath(row + "//button[normalize-space()='Veröffentlichen']"));
      publish.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(publish));
      browser.awaitLoaded();
      assertThat(browser.pageText()).contains("ist jetzt veröffentlicht");

      browser.go("/openings.xhtml");
      select(browser, "#municipality", "03241010");
      select(browser, "#hours", "PART_TIME");
      select(browser, "#maxGermanLevel", "B1");
      browser.clickAndWait("#filter");
      assertThat(browser.pageText()).contains(title).contains("Langenhagen").contains("Teilzeit")
          .contains("Sprachkurs während der Arbeitszeit");

      select(browser, "#maxGermanLevel", "A2");
      browser.clickAndWait("#filter");
      assertThat(browser.pageText()).doesNotContain(title);
    }
  }
}
