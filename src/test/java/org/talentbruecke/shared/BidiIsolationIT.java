package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;

/**
 * German text inside an Arabic page (employers' opening texts, ESCO labels shown in a fallback
 * language) is isolated with its own language and direction, so that its full stop stays at its
 * end, on the right-hand side of the text and not at the start of the Arabic line.
 */
@ExtendWith(RunningApplication.class)
class BidiIsolationIT {

  private static String direction(Browser browser, WebElement element) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return getComputedStyle(arguments[0]).direction", element);
  }

  @Test
  void germanTextsInArabicPagesKeepTheirOwnDirection() {
    try (Browser browser = Browser.open("ar")) {
      browser.go("/openings.xhtml?lang=ar");
      assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
      WebElement summary = browser.find("#results .tb-summary");
      assertThat(summary.getAttribute("lang")).isEqualTo("de");
      assertThat(direction(browser, summary)).isEqualTo("ltr");
      WebElement title = browser.find("#results h3 a bdi");
      assertThat(title.getAttribute("lang")).isEqualTo("de");

      browser.clickAndWait("#results h3 a");
      assertThat(browser.path()).isEqualTo("/opening.xhtml");
      assertThat(browser.find("h1 bdi").getAttribute("lang")).isEqualTo("de");
      WebElement description = browser.find(".tb-description");
      assertThat(description.getAttribute("lang")).isEqualTo("de");
      assertThat(direction(browser, description)).isEqualTo("ltr");

      // A job seeker's skills step: suggestions without an Arabic ESCO label are shown in German,
      // each isolated and marked as German.
      browser.signIn("seeker@demo.test", Demo.PASSWORD);
      browser.go("/seeker/profile/skills.xhtml?lang=ar");
      assertThat(browser.all("#suggestionList label bdi[lang='de']")).isNotEmpty();
      assertThat(browser.all(".tb-skill-rows bdi[lang='de']")).isNotEmpty();
    }
  }
}
