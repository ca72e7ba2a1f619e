package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * A page on another origin of the same site (another port of localhost) cannot close an opening
 * through the API with the employer's session cookie; the employer's own pages can, with the
 * required header.
 */
@ExtendWith(RunningApplication.class)
class ApiCsrfIT {
  private Browser browser;
  private HttpServer otherOrigin;

  @BeforeEach
  void open() {
    browser = Browser.open("en");
  }

  @AfterEach
  void close() {
    browser.close();
    if (otherOrigin != null) {
      otherOrigin.stop(0);
    }
  }

  @Test
  void crossOriginFormCannotCloseAnOpeningButTheOwnPagesCan() throws Exception {
    String employer = Http.demoToken("employer");
    long id = publishedOpening(employer);
    String target = RunningApplication.baseUrl() + "/api/v1/openings/" + id + "/close";
    int port = serveForm(target);

    browser.signIn("employer@demo.test", Demo.PASSWORD);
    assertThat(browser.path()).startsWith("/employer/");

    // Same site (localhost), other origin (another port): the Lax session cookie goes along.
    browser.driver().get("http://localhost:" + port + "/");
    browser.find("#attack").click();
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().endsWith("/close"));
    String answer = browser.awaitLoaded().driver().getPageSource();
    assertThat(answer).contains("urn:talentbruecke:problem:cross-site-request").contains("403");
    assertThat(status(id, employer)).isEqualTo("PUBLISHED");

    // The service's own page: without the header refused, with it allowed.
    browser.go("/employer/index.xhtml");
    assertThat(closeFromOwnPage(target, false))
        .startsWith("403 ")
        .contains("urn:talentbruecke:problem:cross-site-request");
    assertThat(status(id, employer)).isEqualTo("PUBLISHED");
    assertThat(closeFromOwnPage(target, true)).startsWith("200 ");
    assertThat(status(id, employer)).isEqualTo("CLOSED");
  }

  @Test
  void bearerCallsNeedNoHeader() {
    String employer = Http.demoToken("employer");
    long id = publishedOpening(employer);
    HttpResponse<String> closed =
        Http.send(
            Http.request(
                    "/api/v1/openings/" + id + "/close",
                    "Authorization",
                    "Bearer " + employer,
                    "Origin",
                    "http://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
  }

  private String closeFromOwnPage(String target, boolean withHeader) {
    Object result =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const headers = arguments[1] ? {'X-Requested-With': 'XMLHttpRequest'} : {};"
                    + "fetch(arguments[0], {method: 'POST', headers: headers, credentials: 'same-origin'})"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                    + ".catch(e => done('failed ' + e));",
                target,
                withHeader);
    return String.valueOf(result);
  }

  private static long publishedOpening(String token) {
    HttpResponse<String> draft =
        Http.postJson(
            "/api/v1/openings",
            "{\"title\":\"Bäcker (m/w/d)\"}",
            "Authorization",
            "Bearer " + token);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    long id = Http.json(draft).getJsonNumber("id").longValue();
    HttpResponse<String> published =
        Http.send(
            Http.request("/api/v1/openings/" + id + "/publish", "Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  private static String status(long id, String token) {
    return Http.json(Http.get("/api/v1/openings/" + id, "Authorization", "Bearer " + token))
        .getString("status");
  }

  /** A plain HTML form on another port, posting to the API without any body. */
  private int serveForm(String target) throws IOException {
    otherOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] page =
        ("<!DOCTYPE html><html><body><form method=\"post\" action=\""
                + target
                + "\"><button id=\"attack\" type=\"submit\">Win a prize</button></form>"
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    otherOrigin.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    otherOrigin.start();
    return otherOrigin.getAddress().getPort();
  }
}
