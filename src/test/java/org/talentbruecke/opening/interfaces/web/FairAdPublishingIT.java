package org.talentbruecke.opening.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;

/** A verified employer sees the fair job-ad findings of a draft, fixes the text and publishes. */
@ExtendWith(RunningApplication.class)
class FairAdPublishingIT {

  @Test
  void employerFixesTheFindingsAndPublishes() {
    String title = "Kundenberater (m/w/d) " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open("de-DE")) {
      browser.signIn("employer@demo.test", Demo.PASSWORD);
      browser.go("/employer/index.xhtml");
      browser.type("#newOpening\\:title", title);
      browser.type("#newOpening\\:description",
          "Für unser junges Team in Hannover suchen wir Verstärkung. Voraussetzung: Deutsch als Muttersprache.");
      browser.clickAndWait("#newOpening\\:save");

      String row = "//tr[td[normalize-space()='" + title + "']]";
      WebElement publish = browser.driver().findElement(By.xpath(row + "//button"));
      publish.click();
      browser.find("#findings");
      assertThat(browser.path()).isEqualTo("/employer/publish.xhtml");

      assertThat(browser.find("#fix\\:description").getDomProperty("value")).startsWith("Für unser junges Team");
      List<WebElement> findings = browser.all("#findings li");
      assertThat(findings).hasSize(2);
      assertThat(findings.get(0).getText()).contains("junges Team").contains("in der Beschreibung")
          .contains("Warum:").contains("Besser so:").contains("motiviertes Team");
      assertThat(findings.get(1).getText()).contains("Deutsch als Muttersprache").contains("8 AZR 402/15")
          .contains("GER");

      // Publishing anyway needs the explicit confirmation.
      browser.clickAndWait("#anyway\\:publishAnyway");
      assertThat(browser.pageText()).contains("Bitte bestätigen Sie zuerst, dass Sie die Hinweise gelesen haben.");
      assertThat(browser.all("#findings li")).hasSize(2);

      browser.type("#fix\\:description",
          "Für unser motiviertes Team in Hannover suchen wir Verstärkung. Voraussetzung: Deutsch B2 (Sprechen), B1 (Schreiben).");
      browser.clickAndWait("#fix\\:recheck");

      assertThat(browser.path()).isEqualTo("/employer/index.xhtml");
      assertThat(browser.pageText()).contains("Die Stelle „" + title + "“ ist jetzt veröffentlicht.");
      assertThat(browser.driver().findElement(By.xpath(row)).getText()).contains("Veröffentlicht");
    }
  }
}
