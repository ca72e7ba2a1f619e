package org.talentbruecke.reference.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.reference.infrastructure.esco.EscoFixture;

/**
 * An administrator sees the stored ESCO counts and the review state of each translation, and
 * imports an export from the page.
 */
@ExtendWith(RunningApplication.class)
class ReferenceAdminPageIT {

  @Test
  void adminSeesCountsAndImportsAnExportWithProgress() throws Exception {
    Path zip =
        EscoFixture.zipOfGzippedFiles(Path.of("target", "esco-admin-page-it.zip").toAbsolutePath());
    try (Browser browser = Browser.open("en-GB")) {
      try {
        checkCountsAndUpload(browser, zip);
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("reference-admin-page");
        throw e;
      }
    }
  }

  private static void checkCountsAndUpload(Browser browser, Path zip) {
    browser.signIn("admin@demo.test", Demo.PASSWORD);
    browser.go("/admin/index.xhtml").clickAndWait("#reference-link");

    assertThat(browser.path()).isEqualTo("/admin/reference.xhtml");
    assertThat(browser.text("h1")).isEqualTo("Reference data (ESCO)");
    assertThat(browser.text("#count-skills")).isEqualTo("14133");
    assertThat(browser.text("#count-occupations")).isEqualTo("3039");
    assertThat(browser.text("#count-isco")).isEqualTo("619");
    assertThat(browser.text("#esco-version")).isNotBlank();
    // Until a native-speaking counsellor has reviewed them, every translation says so.
    for (String language : new String[] {"en", "ar", "uk", "tr"}) {
      assertThat(browser.text("#translation-" + language))
          .as(language)
          .contains("(" + language + ")")
          .contains("machine-assisted, not yet reviewed");
    }
    assertThat(browser.text("#translation-ar")).startsWith("Arabic");

    browser.find("#upload\\:file_input").sendKeys(zip.toString());
    // The status shows the previous import until this one has finished.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-result"), "esco-admin-page-it.zip"));
    assertThat(browser.text("#phase")).isEqualTo("Import finished.");
    assertThat(browser.text("#state\\:log")).contains("esco-admin-page-it.zip");
    assertThat(browser.text("#count-skills")).as("a re-import adds nothing").isEqualTo("14133");
  }
}
