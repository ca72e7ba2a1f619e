package org.talentbruecke.region.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Reflow;
import org.talentbruecke.it.RunningApplication;

/**
 * The regional dashboard in Chromium: reached from the staff start page, Chart.js draws every chart
 * under the project's CSP, each table is there, the filter stays in the address, and a bad filter
 * is named. Screenshots at 1280 and 390 px go to target/screenshots.
 */
@ExtendWith(RunningApplication.class)
class RegionDashboardPageIT {

  @ParameterizedTest
  @ValueSource(strings = {"de", "ar"})
  void staffSeeChartsAndTablesAndTheFilterStaysInTheAddress(String language) {
    try (Browser b = Browser.open(language)) {
      b.signIn("staff@demo.test", Demo.PASSWORD);
      b.go("/staff/index.xhtml");
      b.clickAndWait("#staffRegionLink");
      assertThat(b.path()).isEqualTo("/staff/region.xhtml");
      assertThat(b.all("canvas[role='img']")).hasSize(5);
      // Chart.js ran (the CSP let it) and drew into each canvas.
      Object charts =
          ((JavascriptExecutor) b.driver())
              .executeScript(
                  "return [...document.querySelectorAll('canvas')]"
                      + ".filter(c => window.Chart && Chart.getChart(c)).length;");
      assertThat(((Number) charts).intValue()).isEqualTo(5);
      for (String table :
          new String[] {"occupations", "languages", "recognition", "german", "pipeline"}) {
        assertThat(b.all("table#" + table + " tbody tr")).as(table).isNotEmpty();
      }
      JavascriptExecutor js = (JavascriptExecutor) b.driver();
      b.screenshot("region-" + language + "-1280");
      for (String section : new String[] {"supplyTitle", "languagesTitle", "germanTitle"}) {
        js.executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
        b.screenshot("region-" + language + "-1280-" + section);
      }
      Reflow.emulate(b.driver(), 390);
      js.executeScript("document.getElementById('supplyTitle').scrollIntoView()");
      b.screenshot("region-" + language + "-390-supply");
      assertThat(Reflow.check(b.driver(), Reflow.PHONE_WIDTHS)).isEmpty();

      b.go("/staff/region.xhtml");
      b.find("#municipality option[value='03241001']").click();
      b.find("#iscoMajor option[value='2']").click();
      WebElement apply = b.find("#apply");
      apply.click();
      b.awaitGone(apply).awaitLoaded();
      assertThat(b.driver().getCurrentUrl())
          .contains("municipality=03241001")
          .contains("iscoMajor=2");
      assertThat(b.find("#municipality option[value='03241001']").isSelected()).isTrue();
      assertThat(b.find("#iscoMajor option[value='2']").isSelected()).isTrue();

      b.go("/staff/region.xhtml?from=2026-06-01&to=2026-05-01");
      assertThat(b.find("#errorSummary").getText())
          .contains(
              "de".equals(language)
                  ? "Der Anfang des Zeitraums liegt nach seinem Ende."
                  : "بداية الفترة");
      assertThat(b.all("canvas")).isEmpty();
    }
  }
}
