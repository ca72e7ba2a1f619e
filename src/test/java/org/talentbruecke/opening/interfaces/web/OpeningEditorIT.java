package org.talentbruecke.opening.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;

/**
 * An employer fills in an opening's details and requirements from ESCO, is told what is wrong (the
 * form keeps what was typed), previews it, publishes; job seekers find it by the filters.
 */
@ExtendWith(RunningApplication.class)
class OpeningEditorIT {

  private static void select(Browser browser, String css, String value) {
    EditorSteps.select(browser, css, value);
  }

  @Test
  void employerEditsDetailsAndJobSeekersFindTheOpeningByFilters() {
    String title =
        "Pflegefachkraft Intensivstation (m/w/d) " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open("de-DE")) {
      browser.signIn("employer@demo.test", Demo.PASSWORD);
      browser.go("/employer/index.xhtml");
      browser.type("#newOpening\\:title", title);
      browser.clickAndWait("#newOpening\\:save");
      String row = "//tr[td[normalize-space(text())='" + title + "']]";
      var edit =
          browser.driver().findElement(By.xpath(row + "//a[normalize-space()='Bearbeiten']"));
      edit.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.stalenessOf(edit));

      browser.type("#editor\\:positions", "2");
      select(browser, "#editor\\:municipality", "03241010");
      select(browser, "#editor\\:hours", "PART_TIME");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "arguments[0].value = arguments[1]",
              browser.find("#editor\\:startDate"),
              "2020-01-01");
      browser.type("#editor\\:payMin", "2800");
      browser.type("#editor\\:payMax", "2500");
      select(browser, "#editor\\:germanSpokenInteraction", "B1");
      select(browser, "#editor\\:germanWriting", "A2");
      browser.find("#editor\\:offersLanguageCourse").click();

      // Requirements from ESCO: the occupation suggests its skills and, being regulated, full
      // recognition.
      EditorSteps.pick(
          browser,
          "occupation",
          "Krankenpfleger Allgemeine",
          EditorSteps.NURSE,
          "#editor\\:skillsBlock");
      assertThat(
              new Select(browser.find("#editor\\:recognition"))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("FULL_REQUIRED");
      assertThat(browser.text("#regulationNotice"))
          .contains("reglementiert")
          .contains("Pflegefachkräfte");
      // All of ESCO's skills for the occupation are in the list, the first ten shown.
      assertThat(browser.all("#skillList .tb-suggestion")).hasSizeGreaterThan(20);
      assertThat(browser.all("#skillList .tb-suggestion").stream().filter(r -> r.isDisplayed()))
          .hasSize(10);
      EditorSteps.tick(browser, "mustHave", EditorSteps.HYGIENE);
      EditorSteps.tick(browser, "mustHave", EditorSteps.PATIENT_RIGHTS);
      // Found again by type-ahead as a nice-to-have, the skill moves: never both at once.
      EditorSteps.pickSkill(browser, "addNice", "Hygiene im Gesundheits", EditorSteps.HYGIENE);
      assertThat(EditorSteps.kind(browser, EditorSteps.HYGIENE)).isEqualTo("NICE");
      assertThat(EditorSteps.kind(browser, EditorSteps.PATIENT_RIGHTS)).isEqualTo("MUST");
      browser.type("#editor\\:minExperienceYears", "1");
      browser.type("#editor\\:qualification", "Pflegefachfrau/Pflegefachmann");
      select(browser, "#editor\\:qualificationEqf", "4");
      select(browser, "#editor\\:languageRows\\:0\\:language", "tr");
      select(browser, "#editor\\:languageRows\\:0\\:level", "B2");
      browser.clickAndWait("#editor\\:save");

      assertThat(browser.path()).isEqualTo("/employer/opening.xhtml");
      assertThat(browser.pageText())
          .contains("Der Beginn darf nicht in der Vergangenheit liegen.")
          .contains("Der höchste Lohn darf nicht kleiner sein als der niedrigste Lohn.");
      assertThat(browser.find("#editor\\:startDate").getAttribute("aria-invalid"))
          .isEqualTo("true");
      // Nothing typed is lost.
      assertThat(browser.find("#editor\\:qualification").getDomProperty("value"))
          .isEqualTo("Pflegefachfrau/Pflegefachmann");
      assertThat(browser.find("#editor\\:occupation_input").getDomProperty("value"))
          .contains("Krankenpfleger");
      assertThat(EditorSteps.kind(browser, EditorSteps.HYGIENE)).isEqualTo("NICE");
      assertThat(EditorSteps.kind(browser, EditorSteps.PATIENT_RIGHTS)).isEqualTo("MUST");
      assertThat(
              new Select(browser.find("#editor\\:languageRows\\:0\\:level"))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("B2");
      EditorSteps.tick(browser, "mustHave", EditorSteps.HYGIENE);

      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "arguments[0].value = arguments[1]",
              browser.find("#editor\\:startDate"),
              LocalDate.now().plusDays(14).toString());
      browser.type("#editor\\:payMax", "3100");
      browser.clickAndWait("#editor\\:preview");
      assertThat(browser.path()).isEqualTo("/employer/preview.xhtml");
      assertThat(browser.text("#previewNote")).contains("So sehen Arbeitsuchende Ihre Stelle");
      assertThat(browser.text("#occupation")).contains("Krankenpfleger");
      assertThat(browser.text("#mustHave"))
          .contains(EditorSteps.HYGIENE)
          .contains(EditorSteps.PATIENT_RIGHTS);
      assertThat(browser.all("#niceToHave")).isEmpty();
      assertThat(browser.text("#recognition")).isEqualTo("Volle Anerkennung ist nötig");
      assertThat(browser.text("#qualification"))
          .contains("Pflegefachfrau/Pflegefachmann")
          .contains("Niveau 4");
      assertThat(browser.text("#languages")).contains("Türkisch: B2");
      assertThat(browser.text("#pay")).isEqualTo("2.800 bis 3.100 Euro");
      browser.go("/employer/index.xhtml");

      var publish =
          browser
              .driver()
              .findElement(By.xpath(row + "//button[normalize-space()='Veröffentlichen']"));
      publish.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.stalenessOf(publish));
      browser.awaitLoaded();
      assertThat(browser.pageText()).contains("ist jetzt veröffentlicht");

      browser.go("/openings.xhtml");
      select(browser, "#occupation", EditorSteps.NURSE);
      select(browser, "#municipality", "03241010");
      select(browser, "#hours", "PART_TIME");
      select(browser, "#maxGermanLevel", "B1");
      browser.clickAndWait("#filter");
      assertThat(browser.pageText())
          .contains(title)
          .contains("Langenhagen")
          .contains("Teilzeit")
          .contains("Sprachkurs während der Arbeitszeit")
          .contains("Beruf: Krankenpfleger");
      browser.driver().findElement(By.linkText(title)).click();
      browser.awaitLoaded();
      assertThat(browser.path()).isEqualTo("/opening.xhtml");
      assertThat(browser.text("#mustHave")).contains(EditorSteps.HYGIENE);
      assertThat(browser.text("#regulation")).contains("reglementiert");

      // The same filters with less German than the opening needs: it is not listed.
      browser.go(
          "/openings.xhtml?occupation="
              + EditorSteps.NURSE
              + "&municipality=03241010&hours=PART_TIME&maxGermanLevel=A2");
      assertThat(
              new Select(browser.find("#occupation"))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo(EditorSteps.NURSE);
      assertThat(browser.pageText()).doesNotContain(title);
    }
  }

  /**
   * The skills block offers the occupation's skills most asked for first; the rest is found by
   * typing into the filter or opened with "show all"; each ticked skill is a must-have or a
   * nice-to-have in the same row; all of it with the keyboard.
   */
  @Test
  void employerChoosesMustHavesAndNiceToHavesFromTheRankedListWithTheKeyboard() {
    String title =
        "Pflegefachkraft Nachtdienst (m/w/d) " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open("de-DE")) {
      browser.signIn("employer@demo.test", Demo.PASSWORD);
      browser.go("/employer/index.xhtml");
      browser.type("#newOpening\\:title", title);
      browser.clickAndWait("#newOpening\\:save");
      String row = "//tr[td[normalize-space(text())='" + title + "']]";
      var edit =
          browser.driver().findElement(By.xpath(row + "//a[normalize-space()='Bearbeiten']"));
      edit.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.stalenessOf(edit));
      EditorSteps.pick(
          browser,
          "occupation",
          "Krankenpfleger Allgemeine",
          EditorSteps.NURSE,
          "#editor\\:skillsBlock");

      // The demo openings ask for hygiene: it leads the list; a field of knowledge is far below.
      assertThat(browser.all("#skillList .tb-check label").get(0).getText())
          .isEqualTo(EditorSteps.HYGIENE);
      String general = "Allgemeinmedizin";
      assertThat(EditorSteps.skillRow(browser, general).isDisplayed()).isFalse();
      browser.tabTo("#skillList-filter");
      browser.keys("allgemeinmed");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(d -> browser.text("#skillList-count").startsWith("1 von "));
      browser.keys(Keys.TAB, Keys.SPACE, Keys.TAB, "W"); // "Willkommen": a nice-to-have
      assertThat(EditorSteps.kind(browser, general)).isEqualTo("NICE");
      browser.tabTo("#skillList-filter");
      browser.keys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      browser.tabTo("#editor\\:skillRows\\:0\\:tick");
      browser.keys(Keys.SPACE); // hygiene, an essential skill: a must-have unless changed
      assertThat(EditorSteps.kind(browser, EditorSteps.HYGIENE)).isEqualTo("MUST");

      browser.tabTo("#skillList-all");
      browser.keys(Keys.ENTER);
      assertThat(browser.find("#skillList-all").getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(browser.all("#skillList .tb-suggestion").stream().filter(r -> !r.isDisplayed()))
          .isEmpty();

      browser.clickAndWait("#editor\\:save");
      browser.driver().findElement(By.xpath(row + "//a[normalize-space()='Bearbeiten']")).click();
      browser.awaitLoaded();
      // Chosen skills come first and stay shown.
      assertThat(EditorSteps.kind(browser, EditorSteps.HYGIENE)).isEqualTo("MUST");
      assertThat(EditorSteps.kind(browser, general)).isEqualTo("NICE");
      assertThat(EditorSteps.skillRow(browser, general).isDisplayed()).isTrue();
      assertThat(browser.all("#skillList .tb-check label").get(1).getText()).isEqualTo(general);
    }
  }
}
