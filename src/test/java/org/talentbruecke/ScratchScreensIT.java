package org.talentbruecke;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** Scratch only (not committed): screenshots of the changed pages. */
@ExtendWith(RunningApplication.class)
class ScratchScreensIT {
  @Test
  void shots() {
    String employer = Http.demoToken("employer");
    long id =
        Http.json(
                Http.postJson(
                    "/api/v1/openings",
                    "{\"title\":\"Küchenhilfe (m/w/d) Zerspanungsmechanikerin\",\"description\":\"Frühdienst\"}",
                    "Authorization",
                    "Bearer " + employer))
            .getJsonNumber("id")
            .longValue();
    Http.send(
        Http.request("/api/v1/openings/" + id + "/publish", "Authorization", "Bearer " + employer)
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
            .build());
    Http.send(
        Http.request(
                "/api/v1/openings/" + id,
                "Authorization",
                "Bearer " + employer,
                "Content-Type",
                "application/json")
            .PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"title\":\"Küchenhilfe (w/m/d)\",\"description\":\"Spätdienst\"}"))
            .build());
    for (String lang : new String[] {"de", "ar"}) {
      for (int width : new int[] {1280, 390}) {
        try (Browser b = Browser.open(lang)) {
          ((ChromeDriver) b.driver())
              .executeCdpCommand(
                  "Emulation.setDeviceMetricsOverride",
                  Map.of(
                      "width",
                      width,
                      "height",
                      2600,
                      "deviceScaleFactor",
                      1,
                      "mobile",
                      width < 500));
          b.signIn("employer@demo.test", Demo.PASSWORD);
          String p = lang + "-" + width + "-";
          b.go("/employer/index.xhtml");
          b.screenshot(p + "dashboard");
          b.go("/employer/opening.xhtml?id=" + id);
          b.type("#editor\\:description", "Deutsch als Muttersprache, junges Team.");
          b.clickAndWait("#editor\\:publishChange");
          b.screenshot(p + "editor-findings");
          ((org.openqa.selenium.JavascriptExecutor) b.driver())
              .executeScript("window.scrollTo(0, document.body.scrollHeight)");
          b.screenshot(p + "editor-findings-bottom");
          b.go("/employer/extend.xhtml?opening=" + id);
          ((org.openqa.selenium.JavascriptExecutor) b.driver())
              .executeScript("arguments[0].value = '2001-01-01';", b.find("#extend\\:lastDay"));
          b.clickAndWait("#extend\\:save");
          b.screenshot(p + "extend");
          b.go("/employer/preview.xhtml?id=" + id);
          b.find("#actions\\:close").click();
          b.find(".ui-confirmdialog[aria-hidden='false'], .ui-confirm-dialog[aria-hidden='false']");
          b.screenshot(p + "preview-close");
          b.go("/imprint.xhtml");
          b.screenshot(p + "imprint");
        }
      }
    }
  }
}
