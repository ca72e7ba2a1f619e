package org.talentbruecke.opening.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;

/**
 * A new employer describes the organisation, staff see the profile when verifying, and a colleague
 * joins through a one-time invitation link and shares the organisation's openings.
 */
@ExtendWith(RunningApplication.class)
class EmployerTeamIT {

  @Test
  void employerDescribesTheOrganisationAndAColleagueJoinsThroughTheLink() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String organisation = "Spedition Lehrte " + suffix;
    String colleague = "kollege-" + suffix + "@example.org";
    String link;
    try (Browser first = Browser.open("de-DE")) {
      first.go("/register.xhtml?as=employer");
      first.type("#registration\\:organisationName", organisation);
      first.type("#registration\\:displayName", "Murat Yıldız");
      first.type("#registration\\:email", "chef-" + suffix + "@example.org");
      first.type("#registration\\:password", "Lastwagen fahren nach Izmir");
      first.find("#registration\\:privacy .ui-chkbox-box").click();
      first.clickAndWait("#registration\\:submit");
      first.type("#newOpening\\:title", "Berufskraftfahrer (m/w/d) " + suffix);
      first.clickAndWait("#newOpening\\:save");
      // No matching has recorded anyone yet: the dashboard says 0 at every stage, never a made-up
      // number.
      String row = "//tr[td[normalize-space(text())='Berufskraftfahrer (m/w/d) " + suffix + "']]";
      assertThat(first.driver().findElements(By.xpath(row + "/td")).subList(2, 6))
          .extracting(e -> e.getText())
          .containsExactly("0", "0", "0", "0");
      assertThat(first.find("thead").getText())
          .contains("Vorgeschlagen")
          .contains("Kontaktiert")
          .contains("Im Gespräch")
          .contains("Eingestellt");
      assertThat(first.all("#expiring")).isEmpty();

      first.clickAndWait("#editProfile");
      assertThat(first.path()).isEqualTo("/employer/organisation.xhtml");
      new Select(first.find("#profile\\:legalForm")).selectByValue("GMBH");
      new Select(first.find("#profile\\:naceSection")).selectByValue("H");
      new Select(first.find("#profile\\:sizeBand")).selectByValue("SMALL");
      new Select(first.find("#profile\\:municipality")).selectByValue("03241011");
      first.type("#profile\\:street", "Industriestraße 7");
      first.type("#profile\\:postcode", "3164");
      Select languages = new Select(first.find("#profile\\:customerLanguages"));
      languages.selectByValue("tr");
      languages.selectByValue("pl");
      Select countries = new Select(first.find("#profile\\:tradeCountries"));
      countries.selectByValue("TR");
      countries.selectByValue("PL");
      first.type(
          "#profile\\:offersNewcomers",
          "Führerschein-Klasse C mit Unterstützung, Deutsch am Arbeitsplatz.");
      first.clickAndWait("#profile\\:save");
      assertThat(first.pageText())
          .contains("Bitte geben Sie eine Postleitzahl mit fünf Ziffern an.");
      assertThat(first.find("#profile\\:street").getDomProperty("value"))
          .isEqualTo("Industriestraße 7");
      assertThat(new Select(first.find("#profile\\:customerLanguages")).getAllSelectedOptions())
          .hasSize(2);
      first.type("#profile\\:postcode", "31275");
      first.clickAndWait("#profile\\:save");
      assertThat(first.path()).isEqualTo("/employer/index.xhtml");
      assertThat(first.pageText()).contains("Das Profil ist gespeichert.");

      first.type("#invite\\:email", "keine-adresse");
      first.clickAndWait("#invite\\:send");
      assertThat(first.all("#invitationLink")).isEmpty();
      first.type("#invite\\:email", colleague);
      first.clickAndWait("#invite\\:send");
      assertThat(first.text("#invitationLink")).contains("verschickt keine E-Mails");
      link = first.text("#link");
      assertThat(link).contains("/join.xhtml?token=");
      assertThat(first.text("#invitations")).contains(colleague).contains("Einladung offen");
    }

    try (Browser staff = Browser.open("de-DE")) {
      staff.signIn("staff@demo.test", Demo.PASSWORD);
      // The queue row names the organisation; what staff check is on its review page.
      org.talentbruecke.it.StaffReview.open(staff, organisation);
      String row = staff.text("#facts");
      assertThat(row)
          .contains("Rechtsform")
          .contains("GmbH")
          .contains("H – Verkehr und Lagerei")
          .contains("10 bis 49 Beschäftigte")
          .contains("Industriestraße 7, 31275, Lehrte")
          .contains("Türkisch")
          .contains("Polnisch")
          .contains("Türkei")
          .contains("Führerschein-Klasse C");
    }

    try (Browser invitee = Browser.open("de-DE")) {
      invitee.driver().get(link);
      invitee.awaitLoaded();
      assertThat(invitee.text("#invitedTo")).contains(organisation);
      assertThat(invitee.find("#join\\:email").getDomProperty("value")).isEqualTo(colleague);
      invitee.type("#join\\:displayName", "Ewa Nowak");
      invitee.type("#join\\:email", "jemand-anderes-" + suffix + "@example.org");
      invitee.type("#join\\:password", "Mit dem LKW nach Posen");
      invitee.find("#join\\:privacy .ui-chkbox-box").click();
      invitee.clickAndWait("#join\\:submit");
      assertThat(invitee.pageText()).contains("oder sie ist für eine andere E-Mail-Adresse");

      invitee.type("#join\\:email", colleague);
      invitee.type("#join\\:password", "Mit dem LKW nach Posen");
      invitee.clickAndWait("#join\\:submit");
      new WebDriverWait(invitee.driver(), Duration.ofSeconds(20))
          .until(d -> "/employer/index.xhtml".equals(invitee.path()));
      invitee.awaitLoaded();
      assertThat(invitee.pageText())
          .contains("Willkommen! Sie gehören jetzt zu " + organisation + ".")
          .contains(organisation)
          .contains("Berufskraftfahrer (m/w/d) " + suffix);
      assertThat(invitee.text("#invitations")).contains(colleague).contains("ist dabei");
    }

    try (Browser again = Browser.open("de-DE")) {
      again.driver().get(link);
      again.awaitLoaded();
      assertThat(again.text("#invalid")).contains("Diese Einladung gilt nicht");
    }
  }
}
