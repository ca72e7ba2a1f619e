package org.talentbruecke.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * The matching pages in real Chromium with the demo data: an employer's explained, filtered and
 * paged candidates (in German and in Arabic), and a job seeker's "Openings for me".
 */
@ExtendWith(RunningApplication.class)
class MatchingPagesIT {
  private static final String HANDLE = "[0-9A-Z]{4}-[0-9A-Z]{4}";
  private static long foreignOpening;
  private static long ownPublished;
  private static long draft;

  @BeforeAll
  static void openingsOfAnotherOrganisationAndADraft() {
    String employer = Http.demoToken("employer");
    Set<Long> mine = new HashSet<>();
    for (JsonValue v :
        Json.createReader(
                new StringReader(
                    Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                        .body()))
            .readArray()) {
      mine.add(v.asJsonObject().getJsonNumber("id").longValue());
      if ("PUBLISHED".equals(v.asJsonObject().getString("status"))) {
        ownPublished = v.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    assertThat(ownPublished).as("the demo employer has a published opening").isPositive();
    for (JsonValue v :
        Json.createReader(new StringReader(Http.get("/api/v1/openings").body())).readArray()) {
      long id = v.asJsonObject().getJsonNumber("id").longValue();
      if (!mine.contains(id)) {
        foreignOpening = id;
      }
    }
    assertThat(foreignOpening).as("another organisation has a published opening").isPositive();
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/openings",
            "{\"title\":\"Entwurf ohne Kandidaten\",\"description\":\"Noch nicht fertig\"}",
            "Authorization",
            "Bearer " + employer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    draft = Http.json(created).getJsonNumber("id").longValue();
  }

  @Test
  void anEmployerSeesExplainedCandidatesFiltersAndSortsThemInTheAddressAndPages() {
    try (Browser browser = Browser.open("de")) {
      browser.signIn("employer@demo.test", Demo.PASSWORD);
      // From the opening's preview (the dashboard has the same link on each published opening).
      browser.go("/employer/preview.xhtml?id=" + ownPublished);
      browser.clickAndWait("#candidatesLink");
      assertThat(browser.path()).isEqualTo("/employer/candidates.xhtml");
      String opening = query(browser).get("opening");
      assertThat(opening).isEqualTo(Long.toString(ownPublished));
      List<WebElement> cards = browser.all("#candidates > li.tb-match");
      assertThat(cards).isNotEmpty().hasSizeLessThanOrEqualTo(20);
      WebElement first = cards.get(0);
      String firstId = first.getAttribute("id");
      assertThat(first.findElement(By.cssSelector("h3")).getText())
          .matches("Kandidat·in " + HANDLE);
      assertThat(first.findElement(By.cssSelector(".tb-fit-number")).getText()).matches("\\d+");
      assertThat(first.findElement(By.cssSelector(".tb-tier")).getText())
          .matches("(?s)(Passt voll|Passt fast).*");
      List<WebElement> parts = first.findElements(By.cssSelector("li.tb-part"));
      assertThat(parts).hasSize(10);
      for (WebElement part : parts) {
        assertThat(part.findElement(By.cssSelector(".tb-points")).getText())
            .matches("\\d+(,\\d)? von \\d+ Punkten");
        assertThat(part.findElement(By.cssSelector(".tb-reason")).getText())
            .isNotBlank()
            .doesNotContain("matching.")
            .doesNotContain("http://data.europa.eu");
      }
      // What employers may see of the person, and nothing that identifies them.
      String person = first.findElement(By.cssSelector(".tb-person")).getText();
      assertThat(person).contains("Wohnort", "Kompetenzen", "Sprachen", "Verfügbar");
      assertThat(browser.text("main"))
          .doesNotContain("@demo.test")
          .doesNotContain("@example")
          .doesNotContainPattern("(?i)geburt|staatsangeh|nationalit");

      // Details open with the native disclosure element.
      WebElement details = browser.find("#candidates details.tb-details");
      assertThat(details.getAttribute("open")).isNull();
      details.findElement(By.cssSelector("summary")).click();
      assertThat(details.getAttribute("open")).isNotNull();
      assertThat(details.findElement(By.cssSelector("li")).getText()).isNotBlank();

      int total = total(browser);
      if (total > 20) {
        assertThat(browser.text("#range")).isEqualTo("1–20 von " + total);
        browser.clickAndWait("#nextPage");
        assertThat(query(browser)).containsEntry("page", "2").containsEntry("opening", opening);
        assertThat(browser.text("#range")).startsWith("21–");
        assertThat(browser.find("#candidates > li.tb-match").getAttribute("id"))
            .isNotEqualTo(firstId);
      }

      browser.go("/employer/candidates.xhtml?opening=" + opening);
      browser.find("#mustHaves").click();
      new Select(browser.find("#sort")).selectByValue("value");
      browser.clickAndWait("#filter");
      assertThat(query(browser))
          .containsEntry("opening", opening)
          .containsEntry("mustHaves", "true")
          .containsEntry("sort", "value");
      assertThat(browser.find("#mustHaves").isSelected()).isTrue();
      assertThat(new Select(browser.find("#sort")).getFirstSelectedOption().getAttribute("value"))
          .isEqualTo("value");
      List<WebElement> filtered = browser.all("#candidates > li.tb-match");
      if (filtered.isEmpty()) {
        assertThat(browser.find("#noCandidates").getAttribute("data-reason")).isEqualTo("filtered");
      } else {
        assertThat(total(browser)).isLessThanOrEqualTo(total);
        for (WebElement card : filtered) {
          assertThat(card.getText()).doesNotContain("Pflicht-Kompetenz fehlt");
        }
        int previous = Integer.MAX_VALUE;
        for (WebElement fit : browser.all("#candidates .tb-match-card .tb-fit-number")) {
          int value = Integer.parseInt(fit.getText());
          assertThat(value).isLessThanOrEqualTo(previous);
          previous = value;
        }
        if (total(browser) > 20) {
          assertThat(browser.find("#nextPage").getAttribute("href"))
              .contains("mustHaves=true")
              .contains("sort=value");
        }
      }

      // Only those living in the opening's own town who can start by 1 January 2000: few or
      // nobody; an empty list says the filters are why and offers to remove them.
      browser.go(
          "/employer/candidates.xhtml?opening=" + opening + "&commute=0&availableBy=2000-01-01");
      assertThat(query(browser)).containsEntry("commute", "0");
      List<WebElement> near = browser.all("#candidates > li.tb-match");
      if (near.isEmpty()) {
        assertThat(browser.find("#noCandidates").getAttribute("data-reason")).isEqualTo("filtered");
        assertThat(browser.find("#resetFilters").getAttribute("href"))
            .endsWith("opening=" + opening);
      } else {
        for (WebElement card : near) {
          assertThat(
                  card.findElement(By.cssSelector("li[data-aspect='COMMUTE'] .tb-reason"))
                      .getText())
              .startsWith("0 km");
        }
      }

      // Another organisation's opening does not exist for this employer; a draft has no list.
      assertThat(statusWithSession(browser, "/employer/candidates.xhtml?opening=" + foreignOpening))
          .isEqualTo(404);
      browser.go("/employer/candidates.xhtml?opening=" + draft);
      assertThat(browser.text("#notPublished")).contains("nicht veröffentlicht");
    }
  }

  @Test
  void aJobSeekerSeesRankedOpeningsAndHowEmployersSeeThem() {
    try (Browser browser = Browser.open("de")) {
      browser.signIn("seeker@demo.test", Demo.PASSWORD);
      browser.go("/seeker/index.xhtml");
      assertThat(browser.text("#ownHandle")).matches("(?s).*Kandidat·in " + HANDLE + ".*");
      assertThat(browser.find("#navOwnOpenings").getText()).isEqualTo("Stellen für mich");
      browser.clickAndWait("#ownOpeningsLink");
      assertThat(browser.path()).isEqualTo("/seeker/openings.xhtml");

      List<WebElement> matches = browser.all("#matches > li.tb-match");
      assertThat(matches).isNotEmpty().hasSizeLessThanOrEqualTo(20);
      WebElement first = matches.get(0);
      assertThat(first.findElement(By.cssSelector("h3 a")).getAttribute("href"))
          .contains("/opening.xhtml?id=");
      assertThat(first.findElement(By.cssSelector(".tb-tier")).getText()).isNotBlank();
      // Many openings at once: each card's parts wait behind "Why?".
      WebElement why = first.findElement(By.cssSelector("details.tb-why"));
      assertThat(why.getAttribute("open")).isNull();
      why.findElement(By.cssSelector("summary")).click();
      assertThat(first.findElements(By.cssSelector("li.tb-part"))).hasSize(10);
      assertThat(first.findElement(By.cssSelector(".tb-part .tb-reason")).getText())
          .isNotBlank()
          .doesNotContain("matching.");
      int previous = Integer.MAX_VALUE;
      boolean full = true;
      for (WebElement match : matches) {
        boolean thisFull = !match.findElements(By.cssSelector(".tb-tier-full")).isEmpty();
        int fit = Integer.parseInt(match.findElement(By.cssSelector(".tb-fit-number")).getText());
        if (thisFull == full) {
          assertThat(fit).as("ranked by fit within a tier").isLessThanOrEqualTo(previous);
        } else {
          assertThat(thisFull).as("full matches before close ones").isFalse();
        }
        full = thisFull;
        previous = fit;
      }
      // Next steps come with the added-value work; when the data has them, each says something.
      for (WebElement step : browser.all(".tb-next-steps li")) {
        assertThat(step.getText()).isNotBlank().doesNotContain("matching.");
      }
      assertThat(fitsIn320Pixels(browser)).as("no horizontal scrolling at 320 px").isTrue();
    }
  }

  @Test
  void theCandidatesPageWorksInArabicRightToLeft() throws IOException {
    Properties arabic = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/i18n/messages_ar.properties")) {
      arabic.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    try (Browser browser = Browser.open("ar")) {
      browser.signIn("employer@demo.test", Demo.PASSWORD);
      browser.go("/employer/candidates.xhtml?opening=" + ownPublished);
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ar");
      assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
      assertThat(browser.text("h1")).isEqualTo(arabic.getProperty("candidates.title"));
      WebElement first = browser.find("#candidates > li.tb-match");
      assertThat(first.findElement(By.cssSelector("h3")).getText())
          .startsWith(arabic.getProperty("matching.handle"))
          .containsPattern(HANDLE);
      assertThat(first.findElement(By.cssSelector(".tb-part .tb-part-label")).getText())
          .isEqualTo(arabic.getProperty("matching.aspect.occupation"));
      assertThat(first.findElement(By.cssSelector(".tb-part .tb-points")).getText())
          .containsPattern("\\p{IsArabic}");
      // Right to left: a card's text starts at its right edge.
      assertThat(
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return getComputedStyle(document.querySelector('#candidates .tb-reason')).direction"))
          .isEqualTo("rtl");
      assertThat(fitsIn320Pixels(browser)).as("no horizontal scrolling at 320 px").isTrue();
    }
  }

  @Test
  void staffRecommendACandidateWithAReasonAndTheEmployerSeesTheBadgeFirst() {
    try (Browser staff = Browser.open("de")) {
      staff.signIn("staff@demo.test", Demo.PASSWORD);
      staff.go("/staff/index.xhtml");
      staff.clickAndWait("#staffOpeningsLink");
      assertThat(staff.all("#openings tbody tr")).isNotEmpty();
      staff.clickAndWait("#openings tbody tr a.tb-candidates-link");
      assertThat(staff.path()).isEqualTo("/staff/candidates.xhtml");
      // Other tests publish openings too: the demo employer's may be on a later page of the list.
      staff.go("/staff/candidates.xhtml?opening=" + ownPublished);
      assertThat(query(staff)).containsEntry("opening", Long.toString(ownPublished));
      WebElement first = staff.find("#candidates > li.tb-match");
      String handle = first.findElement(By.cssSelector("h3 .tb-handle")).getText();
      assertThat(handle).matches(HANDLE);
      // Staff see who it is; the card is the employer's.
      assertThat(first.findElement(By.cssSelector(".tb-person-name strong")).getText())
          .isNotBlank();
      assertThat(first.findElement(By.cssSelector(".tb-fit-number")).getText()).matches("\\d+");
      int decisionsBefore = staff.all("li.tb-decision").size();
      String active = "li.tb-decision[data-handle='" + handle + "'] button";
      assertThat(staff.all(active)).as("no active decision yet").isEmpty();

      // No reason: refused beside the field and in the summary, nothing saved.
      staff.clickAndWait("#staffDecide\\:rows\\:0\\:pin");
      assertThat(staff.text("#errorSummary")).isNotBlank();
      assertThat(staff.text("#candidates > li.tb-match:first-child .ui-message-error"))
          .isNotBlank();
      assertThat(staff.all("li.tb-decision")).hasSize(decisionsBefore);
      // Too short: refused again, and what was typed is still there.
      staff.type("#staffDecide\\:rows\\:0\\:reason", "gut");
      staff.clickAndWait("#staffDecide\\:rows\\:0\\:pin");
      assertThat(staff.find("#staffDecide\\:rows\\:0\\:reason").getAttribute("value"))
          .as(staff.text("#errorSummary"))
          .isEqualTo("gut");
      assertThat(staff.all("li.tb-decision")).hasSize(decisionsBefore);

      String reason = "Hat im Beratungsgespräch überzeugt, Praktikum geplant";
      staff.type("#staffDecide\\:rows\\:0\\:reason", reason);
      staff.clickAndWait("#staffDecide\\:rows\\:0\\:pin");
      assertThat(staff.path()).isEqualTo("/staff/candidates.xhtml");
      assertThat(staff.text("#globalMessages")).contains(handle, "empfohlen");
      WebElement decision =
          staff.find("li.tb-decision[data-handle='" + handle + "'][data-kind='pin']");
      assertThat(decision.getText()).contains("Empfohlen", reason);
      assertThat(staff.all(active)).hasSize(1);

      try (Browser employer = Browser.open("de")) {
        employer.signIn("employer@demo.test", Demo.PASSWORD);
        employer.go("/employer/candidates.xhtml?opening=" + ownPublished);
        WebElement top = employer.find("#candidates > li.tb-match");
        assertThat(top.getAttribute("id")).isEqualTo("candidate-" + handle);
        assertThat(top.findElement(By.cssSelector(".tb-recommended")).getText())
            .isEqualTo("Von der Region empfohlen");
        // The employer never sees the reason nor the name.
        assertThat(employer.text("main")).doesNotContain(reason);
      }

      // Withdrawn again (after a confirmation), so other tests see the list unchanged.
      staff.find(active).click();
      staff.clickAndWait(
          ":is(.ui-confirm-dialog, .ui-confirmdialog)[aria-hidden='false'] .ui-confirmdialog-yes");
      assertThat(staff.text("#globalMessages")).contains("zurückgenommen");
      assertThat(staff.all(active)).isEmpty();
      assertThat(staff.text("li.tb-decision[data-handle='" + handle + "'] .tb-withdrawn"))
          .startsWith("Zurückgenommen von");
    }
  }

  private static int total(Browser browser) {
    List<WebElement> range = browser.all("#range");
    if (range.isEmpty()) {
      return 0;
    }
    String text = range.get(0).getText();
    return Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1).replaceAll("\\D", ""));
  }

  private static Map<String, String> query(Browser browser) {
    String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
    if (query == null) {
      return Map.of();
    }
    return java.util.Arrays.stream(query.split("&"))
        .map(p -> p.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> p[0],
                p -> p.length > 1 ? java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "",
                (a, b) -> b));
  }

  /** The status of a page fetched with the browser's session (the browser hides it). */
  private static int statusWithSession(Browser browser, String path) {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return Http.get(path, "Cookie", cookies).statusCode();
  }

  /** Lays the page out 320 CSS pixels wide and checks nothing is wider. */
  private static boolean fitsIn320Pixels(Browser browser) {
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    try {
      return (Boolean)
          chrome.executeScript(
              "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}
