package org.talentbruecke.profile.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * A new job seeker builds a whole profile in real Chromium with the keyboard only: Tab to move,
 * typing, arrow keys, Space and Enter. Each step is saved on its own, the completeness meter rises
 * to 100 %, and a refused step keeps what was typed.
 */
@ExtendWith(RunningApplication.class)
class ProfileStepsKeyboardIT {
  private static final String PASSWORD = "Ein langer Satz als Passwort 7";
  private Browser browser;

  @BeforeEach
  void newJobSeeker() {
    String email = "keyboard-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Mariam Yousef")
                .add("role", "JOB_SEEKER")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            "192.0.2." + (10 + (int) (Math.random() * 200)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    browser = Browser.open("de");
    browser.signIn(email, PASSWORD);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void newJobSeekerCompletesTheProfileWithTheKeyboardOnly() {
    browser.go("/seeker/index.xhtml");
    assertThat(browser.text("#completenessPercent")).isEqualTo("0 %");
    assertThat(browser.text("#nextAdvice")).contains("Wählen Sie den Beruf");
    enter("#nextStep");

    // 1 Occupation by type-ahead: type, the first hit is highlighted, Enter picks it.
    assertOn("/seeker/profile/occupations.xhtml");
    browser.tabTo("#profile\\:occupationSearch_input");
    browser.keys("Krankenpfleger");
    browser.find("#profile\\:occupationSearch_panel li.ui-autocomplete-item");
    browser.keys(Keys.ENTER).awaitAjax();
    assertThat(browser.text("label[for='profile\\:occupations\\:0\\:preferred']"))
        .isEqualTo(
            "Krankenpfleger Allgemeine Krankenpflege/Krankenschwester Allgemeine Krankenpflege");
    assertThat(browser.find("#profile\\:occupations\\:0\\:preferred").isSelected())
        .as("the first occupation becomes the preferred one")
        .isTrue();
    enter("#profile\\:save");

    // 2 Skills: tick three of ESCO's suggestions for the occupation (a ticked row shows its level
    // beside it, so Tab passes it on the way to the next suggestion) and save without levels.
    assertOn("/seeker/profile/skills.xhtml");
    assertThat(browser.pageText()).contains("Gespeichert: Berufe.");
    browser.tabTo("#profile\\:suggestions\\:0\\:tick");
    browser.keys(Keys.SPACE, Keys.TAB, Keys.TAB, Keys.SPACE, Keys.TAB, Keys.TAB, Keys.SPACE);
    assertThat(focusedId()).isEqualTo("profile:suggestions:2:tick");
    // Saving without levels is refused beside each field; the three skills stay, now in the list
    // of the person's skills.
    enter("#profile\\:save");
    assertOn("/seeker/profile/skills.xhtml");
    assertThat(browser.all(".tb-skill-rows > .tb-row")).hasSize(3);
    assertThat(browser.find("#profile\\:skills\\:0\\:level").getAttribute("aria-invalid"))
        .isEqualTo("true");
    // The error summary at the top has the focus, names each problem and leads to its field.
    assertThat(focusedId()).isEqualTo("errorSummary");
    assertThat(browser.text("#errorSummary h2")).isEqualTo("Es gibt ein Problem");
    String levelMissing = browser.text("#profile\\:skills\\:0\\:level ~ .ui-message");
    assertThat(levelMissing).isNotBlank();
    assertThat(browser.all("#errorSummary li a"))
        .extracting(org.openqa.selenium.WebElement::getText)
        .hasSize(3)
        .allSatisfy(text -> assertThat(text).isEqualTo("Wie gut? " + levelMissing));
    browser.keys(Keys.TAB);
    assertThat(browser.driver().switchTo().activeElement().getAttribute("href"))
        .endsWith("#profile:skills:0:level");
    browser.keys(Keys.ENTER);
    assertThat(focusedId()).isEqualTo("profile:skills:0:level");
    for (int row = 0; row < 3; row++) {
      browser.tabTo("#profile\\:skills\\:" + row + "\\:level");
      browser.keys("Erfahren");
    }
    browser.tabTo("#profile\\:skills\\:1\\:usedInGermany");
    browser.keys(Keys.SPACE);
    enter("#profile\\:save");

    // 3 Work history, first with the end before the start: refused, nothing typed is lost.
    assertOn("/seeker/profile/work.xhtml");
    enterAjax("#profile\\:addWork");
    assertThat(focusedId()).isEqualTo("profile:workHistory:0:title");
    browser.keys("Krankenschwester auf der Intensivstation");
    browser.tabTo("#profile\\:workHistory\\:0\\:employerType");
    browser.keys("Öffentlich");
    browser.tabTo("#profile\\:workHistory\\:0\\:country");
    browser.keys("Syrien");
    browser.tabTo("#profile\\:workHistory\\:0\\:from");
    browser.keys("2013-09");
    browser.tabTo("#profile\\:workHistory\\:0\\:to");
    browser.keys("2012-01");
    enter("#profile\\:save");
    assertOn("/seeker/profile/work.xhtml");
    assertThat(browser.pageText()).contains("Das Ende darf nicht vor dem Beginn liegen.");
    assertThat(browser.find("#profile\\:workHistory\\:0\\:title").getAttribute("value"))
        .isEqualTo("Krankenschwester auf der Intensivstation");
    assertThat(browser.find("#profile\\:workHistory\\:0\\:to").getAttribute("aria-invalid"))
        .isEqualTo("true");
    browser.tabTo("#profile\\:workHistory\\:0\\:to");
    browser.keys(
        Keys.END,
        Keys.BACK_SPACE,
        Keys.BACK_SPACE,
        Keys.BACK_SPACE,
        Keys.BACK_SPACE,
        Keys.BACK_SPACE,
        Keys.BACK_SPACE,
        Keys.BACK_SPACE,
        "2021-12");
    enter("#profile\\:save");

    // 4 Languages: German is offered first; levels per sub-skill; Arabic as mother tongue.
    assertOn("/seeker/profile/languages.xhtml");
    for (String skill :
        new String[] {
          "LISTENING", "READING", "SPOKEN_INTERACTION", "SPOKEN_PRODUCTION", "WRITING"
        }) {
      browser.tabTo("#profile\\:languages\\:0\\:levels_" + skill);
      browser.keys("B1");
    }
    enterAjax("#profile\\:addLanguage");
    assertThat(focusedId()).isEqualTo("profile:languages:1:code");
    browser.keys("Arabisch");
    browser.tabTo("#profile\\:languages\\:1\\:motherTongue");
    browser.keys(Keys.SPACE).awaitAjax();
    assertThat(browser.all("#profile\\:languages\\:1\\:levels"))
        .as("a mother tongue has no levels")
        .isEmpty();
    enter("#profile\\:save");

    // 5 Qualification with partial recognition; the page explains the regulated profession.
    assertOn("/seeker/profile/qualifications.xhtml");
    enterAjax("#profile\\:addQualification");
    browser.keys("B").awaitAjax(); // Berufsausbildung
    browser.tabTo("#profile\\:qualifications\\:0\\:title");
    browser.keys("Krankenpflege (Diplom)");
    browser.tabTo("#profile\\:qualifications\\:0\\:country");
    browser.keys("Syrien");
    browser.tabTo("#profile\\:qualifications\\:0\\:year");
    browser.keys("2012");
    browser.tabTo("#profile\\:qualifications\\:0\\:eqfLevel");
    browser.keys("4");
    browser.tabTo("#profile\\:qualifications\\:0\\:recognition_status");
    browser.keys("T").awaitAjax(); // Teilweise gleichwertig
    browser.tabTo("#profile\\:qualifications\\:0\\:recognition_differences");
    browser.keys("Praxisstunden in der Langzeitpflege fehlen.");
    browser.tabTo("#profile\\:qualifications\\:0\\:recognition_measure");
    browser.keys("Anpassungslehrgang");
    browser.tabTo("#profile\\:qualifications\\:0\\:recognition_measureStatus");
    browser.keys("Läuft");
    assertThat(browser.text(".tb-advice")).contains("reglementiert").contains("Zuständige Stelle:");
    enter("#profile\\:save");

    // 6 Availability.
    assertOn("/seeker/profile/availability.xhtml");
    browser.tabTo("#profile\\:availability_from");
    browser.keys("2027-02-01");
    browser.tabTo("#profile\\:availability_hours input[type=checkbox]");
    browser.keys(Keys.TAB, Keys.SPACE); // part-time
    browser.tabTo("#profile\\:availability_municipality");
    browser.keys("Garbsen");
    browser.tabTo("#profile\\:availability_maxCommuteMinutes");
    browser.keys("45");
    browser.tabTo("#profile\\:availability_workPermit");
    browser.keys("Ich darf arbeiten");
    enter("#profile\\:save");

    // 7 About me, then back on the overview at 100 %.
    assertOn("/seeker/profile/about.xhtml");
    browser.tabTo("#profile\\:about");
    browser.keys("Ich bin Krankenschwester und suche Arbeit in einer Klinik in Hannover.");
    enter("#profile\\:save");
    assertOn("/seeker/index.xhtml");
    assertThat(browser.text("#completenessPercent")).isEqualTo("100 %");
    assertThat(browser.find("#completenessMeter").getAttribute("value")).isEqualTo("100");
    assertThat(browser.text("#nextAdvice")).isEqualTo("Ihr Profil ist vollständig.");

    // What the pages saved is the profile the API serves.
    browser.go("/seeker/profile/qualifications.xhtml");
    assertThat(
            browser
                .find("#profile\\:qualifications\\:0\\:recognition_differences")
                .getAttribute("value"))
        .isEqualTo("Praxisstunden in der Langzeitpflege fehlen.");
    browser.go("/seeker/profile/availability.xhtml");
    assertThat(browser.find("#profile\\:availability_maxCommuteMinutes").getAttribute("value"))
        .isEqualTo("45");
    browser.screenshot("profile-complete");
  }

  /**
   * The skills step offers about ten suggestions first, each ticked one with its level in the same
   * row, and one save. Counted from the first suggestion: before, the "add" button came after all
   * 88 of a nurse's suggestions (at least 88 Tab presses to reach it, then each level); now three
   * skills with levels and the save take a few dozen presses at most.
   */
  @Test
  void threeSuggestedSkillsWithLevelsTakeFewKeyPressesAndTheFilterFindsTheRest() {
    chooseNurse();
    assertOn("/seeker/profile/skills.xhtml");
    assertThat(browser.all("#suggestionList .tb-suggestion")).hasSizeGreaterThan(80);
    assertThat(visibleSuggestions()).hasSize(10);
    browser.tabTo("#profile\\:suggestions\\:0\\:tick");
    int presses = 0;
    for (String level : new String[] {"E", "G", "E"}) {
      browser.keys(Keys.SPACE, Keys.TAB, level, Keys.TAB);
      presses += 4;
    }
    presses += tabsTo("#profile\\:save");
    browser.keys(Keys.ENTER);
    presses++;
    browser.awaitLoaded();
    assertOn("/seeker/profile/work.xhtml");
    assertThat(presses).as("key presses for three skills with levels and the save").isLessThan(30);
    assertThat(presses * 3).as("far fewer than the 88 Tab presses of before").isLessThan(88);

    browser.go("/seeker/profile/skills.xhtml");
    assertThat(browser.all(".tb-skill-rows > .tb-row")).hasSize(3);
    assertThat(
            new org.openqa.selenium.support.ui.Select(browser.find("#profile\\:skills\\:1\\:level"))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("Grundkenntnisse");

    // A skill far below the first ten is found by typing; the number of hits is read out.
    String general = "Allgemeinmedizin";
    org.openqa.selenium.WebElement row =
        browser
            .driver()
            .findElement(
                org.openqa.selenium.By.xpath(
                    "//ul[@id='suggestionList']/li[.//label[normalize-space()='"
                        + general
                        + "']]"));
    assertThat(row.isDisplayed()).isFalse();
    assertThat(row.getAttribute("class")).contains("tb-more");
    browser.tabTo("#suggestionList-filter");
    browser.keys("allgemeinmed");
    assertThat(browser.find("#suggestionList-count").getAttribute("role")).isEqualTo("status");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> browser.text("#suggestionList-count").endsWith("Vorschlägen passen."));
    assertThat(browser.text("#suggestionList-count")).startsWith("1 von ");
    assertThat(row.isDisplayed()).isTrue();
    assertThat(visibleSuggestions()).hasSize(1);
    // Enter in the filter does not send the form.
    browser.keys(Keys.ENTER);
    assertThat(browser.path()).isEqualTo("/seeker/profile/skills.xhtml");
    browser.keys(Keys.TAB, Keys.SPACE, Keys.TAB, "E");
    enter("#profile\\:save");
    assertOn("/seeker/profile/work.xhtml");
    browser.go("/seeker/profile/skills.xhtml");
    assertThat(browser.all(".tb-skill-rows > .tb-row")).hasSize(4);
    assertThat(browser.text(".tb-skill-rows")).contains(general);

    // "Show all" opens the whole list and says so.
    int all = browser.all("#suggestionList .tb-suggestion").size();
    enterAjaxFree("#suggestionList-all");
    assertThat(browser.find("#suggestionList-all").getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(visibleSuggestions()).hasSize(all);
  }

  private void chooseNurse() {
    browser.go("/seeker/profile/occupations.xhtml");
    browser.tabTo("#profile\\:occupationSearch_input");
    browser.keys("Krankenpfleger");
    browser.find("#profile\\:occupationSearch_panel li.ui-autocomplete-item");
    browser.keys(Keys.ENTER).awaitAjax();
    enter("#profile\\:save");
  }

  private java.util.List<org.openqa.selenium.WebElement> visibleSuggestions() {
    return browser.all("#suggestionList .tb-suggestion").stream()
        .filter(org.openqa.selenium.WebElement::isDisplayed)
        .toList();
  }

  /** Presses Tab until the element has the focus and says how often. */
  private int tabsTo(String css) {
    int presses = 0;
    while (!browser.driver().switchTo().activeElement().equals(browser.find(css))) {
      browser.keys(Keys.TAB);
      presses++;
      assertThat(presses).as("Tab reaches " + css).isLessThan(200);
    }
    return presses;
  }

  private void enterAjaxFree(String css) {
    browser.tabTo(css);
    browser.keys(Keys.ENTER);
  }

  @Test
  void completenessRisesWithEachSavedStepAndNamesWhatIsNext() {
    browser.go("/seeker/profile/occupations.xhtml");
    browser.tabTo("#profile\\:occupationSearch_input");
    browser.keys("koch");
    browser.find("#profile\\:occupationSearch_panel li.ui-autocomplete-item");
    browser.keys(Keys.ENTER).awaitAjax();
    enter("#profile\\:save");
    browser.go("/seeker/index.xhtml");
    assertThat(browser.text("#completenessPercent")).isEqualTo("15 %");
    assertThat(browser.text("#nextAdvice")).contains("mindestens drei Fähigkeiten");
    assertThat(browser.find("#nextStep").getAttribute("href"))
        .endsWith("/seeker/profile/skills.xhtml");
  }

  @Test
  void sideBySideModeShowsEveryLabelAlsoInTheSecondLanguage() {
    browser.go("/seeker/profile/languages.xhtml");
    browser.tabTo("#secondLanguageForm\\:secondLanguage");
    browser.keys("ук"); // українська
    enter("#secondLanguageForm\\:showSecondLanguage");
    String second = browser.find("h1 .tb-second").getAttribute("lang");
    assertThat(second).isEqualTo("uk");
    assertThat(browser.text("h1 .tb-second")).isEqualTo("Мови");
    assertThat(browser.find("label[for='profile\\:languages\\:0\\:code'] .tb-second").getText())
        .isEqualTo("Мова");
    // It stays on for the next step of the same sitting.
    browser.go("/seeker/profile/availability.xhtml");
    assertThat(browser.find("h1 .tb-second").getAttribute("lang")).isEqualTo("uk");

    // In Arabic, German is shown beside it, marked as German and left to right.
    browser.go("/seeker/profile/availability.xhtml?lang=ar");
    browser.tabTo("#secondLanguageForm\\:secondLanguage");
    browser.keys("Deutsch");
    enter("#secondLanguageForm\\:showSecondLanguage");
    assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.find("h1 .tb-second").getAttribute("lang")).isEqualTo("de");
    assertThat(browser.find("h1 .tb-second").getAttribute("dir")).isEqualTo("ltr");
    assertThat(browser.text("h1 .tb-second")).isEqualTo("Wann und wo Sie arbeiten können");

    // In Arabic the occupation type-ahead finds ESCO's Arabic label by an Arabic word.
    browser.go("/seeker/profile/occupations.xhtml?lang=ar");
    assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
    browser.tabTo("#profile\\:occupationSearch_input");
    browser.keys("ممرض");
    String nurse = "ممرض مسؤول عن الرعاية العامة / ممرضة مسؤولة عن الرعاية العامة";
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "no suggestion '" + nurse + "' for ممرض")
        .until(
            d ->
                browser.all("#profile\\:occupationSearch_panel li.ui-autocomplete-item").stream()
                    .anyMatch(item -> item.getText().equals(nurse)));
  }

  /** On the expected page; otherwise the failure shows what the page said (e.g. a refused save). */
  private void assertOn(String path) {
    if (!path.equals(browser.path())) {
      browser.screenshot("keyboard-" + path.replace('/', '-'));
    }
    assertThat(browser.path()).as(() -> browser.pageText()).isEqualTo(path);
  }

  private void enter(String css) {
    org.openqa.selenium.WebElement target = browser.tabTo(css);
    browser.keys(Keys.ENTER);
    browser.awaitGone(target).awaitLoaded();
  }

  private void enterAjax(String css) {
    browser.tabTo(css);
    browser.keys(Keys.ENTER).awaitAjax();
  }

  private String focusedId() {
    return browser.driver().switchTo().activeElement().getAttribute("id");
  }
}
