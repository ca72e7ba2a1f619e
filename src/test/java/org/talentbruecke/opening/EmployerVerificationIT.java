package org.talentbruecke.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;

/** An employer registers, cannot publish while unverified, is verified by staff, then publishes. */
@ExtendWith(RunningApplication.class)
class EmployerVerificationIT {

  @Test
  void unverifiedEmployerCannotPublishUntilStaffVerifyInTheBrowser() {
    String organisation = "Gärtnerei Wunstorf " + UUID.randomUUID().toString().substring(0, 4);
    try (Browser employer = Browser.open("de-DE")) {
      employer.go("/register.xhtml?as=employer");
      employer.type("#registration\\:organisationName", organisation);
      employer.type("#registration\\:displayName", "Heike Gärtner");
      employer.type(
          "#registration\\:email",
          "garden-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
      employer.type("#registration\\:password", "Rosen und Tulpen im Mai");
      employer.find("#registration\\:privacy .ui-chkbox-box").click();
      employer.clickAndWait("#registration\\:submit");
      assertThat(employer.path()).isEqualTo("/employer/index.xhtml");
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
        String row = "//tr[td[normalize-space(text())='" + organisation + "']]";
        staff.driver().findElement(org.openqa.selenium.By.xpath(row + "//button")).click();
        staff.find(".ui-confirmdialog-yes").click();
        new org.openqa.selenium.support.ui.WebDriverWait(
                staff.driver(), java.time.Duration.ofSeconds(15))
            .until(
                d ->
                    d.findElement(org.openqa.selenium.By.tagName("body"))
                        .getText()
                        .contains("ist jetzt geprüft"));
        assertThat(staff.pageText()).doesNotContain("Als geprüft markieren: " + organisation);
      }

      employer.go("/employer/index.xhtml");
      assertThat(employer.text("#verification")).contains("Ihr Unternehmen ist geprüft");
      employer.clickAndWait("#openings\\:table\\:0\\:publish");
      assertThat(employer.pageText())
          .contains("Die Stelle „Gärtner (m/w/d)“ ist jetzt veröffentlicht.");
    }
  }
}
