package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** The findings of the security probe of issue 12, each answered as it should be, over HTTP. */
@ExtendWith(RunningApplication.class)
class SecurityProbeIT {
  private static final String PASSWORD = "Lindenblüten am Maschsee 7";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Test
  void passwordChangeIsThrottledLikeSignIn() {
    String address = "203.0.113.61";
    String email = registerSeeker(address);
    PageSession page = PageSession.signedIn(email, PASSWORD, address);

    String newPassword = "Neue Wege über die Leine 9";
    int wrong = 0;
    int throttled = 0;
    for (int attempt = 0; attempt < 25; attempt++) {
      HttpResponse<String> answer =
          page.changePassword("Falsch-" + attempt + "-Passwort!", newPassword);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      if (answer.body().contains("The current password is wrong.")) {
        wrong++;
      } else if (answer.body().contains("Too many attempts.")) {
        throttled++;
      }
    }
    assertThat(wrong).isEqualTo(5); // the free attempts of sign-in
    assertThat(throttled).isEqualTo(20);

    HttpResponse<String> right = page.changePassword(PASSWORD, newPassword);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("Too many attempts.");
    // A change would have ended every session, this one too.
    assertThat(page.get("/account/index.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void forgedViewStateGetsTheSessionExpiredPageAndOneLogLine() throws Exception {
    List<String> before = Files.readAllLines(RunningApplication.server().log());
    for (String forged : List.of("-4711:815", "nonsense")) {
      for (Map.Entry<String, String> language :
          Map.of(
                  "en", "Session expired",
                  "de", "Sitzung abgelaufen",
                  "ar", "انتهت الجلسة",
                  "uk", "Сеанс завершився",
                  "tr", "Oturum sona erdi")
              .entrySet()) {
        HttpResponse<String> answer =
            Http.send(
                Http.request(
                        "/login.xhtml",
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Accept-Language",
                        language.getKey())
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            form(
                                Map.of(
                                    "login", "login",
                                    "login:email", "someone@example.org",
                                    "login:password", "x",
                                    "login:submit", "",
                                    "jakarta.faces.ViewState", forged))))
                    .build());
        assertThat(answer.statusCode()).as(forged + " " + language.getKey()).isEqualTo(400);
        assertThat(answer.body()).contains(language.getValue()).doesNotContain("at com.sun.faces");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
      }
    }
    // Signed in, so that the state helper looks the forged id up in a real session.
    String address = "203.0.113.64";
    PageSession page = PageSession.signedIn(registerSeeker(address), PASSWORD, address);
    for (String forged : List.of("-4711:815", "nonsense", "1:2:3")) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("password", "password");
      fields.put("password:current", PASSWORD);
      fields.put("password:new", "Ganz neues Passwort 2026");
      fields.put("password:change", "");
      fields.put("jakarta.faces.ViewState", forged);
      HttpResponse<String> answer = page.post("/account/index.xhtml", fields);
      assertThat(answer.statusCode()).as(forged).isEqualTo(400);
      assertThat(answer.body()).contains("Session expired");
    }
    List<String> after = Files.readAllLines(RunningApplication.server().log());
    List<String> added = after.subList(before.size(), after.size());
    assertThat(added.stream().filter(l -> l.contains("Expired or unknown view state"))).hasSize(13);
    assertThat(added).noneMatch(l -> l.contains("\tat ") || l.contains("Exception:"));
  }

  @Test
  void sessionIdInTheAddressIsRefused() {
    for (String path :
        List.of("/login.xhtml;jsessionid=ABCDEF0123456789", "/api/v1/me;JSESSIONID=ABCDEF")) {
      HttpResponse<String> answer = Http.get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(400);
      assertThat(answer.body()).contains("urn:talentbruecke:problem:malformed-request");
      assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
  }

  @Test
  void noWadlAndUnauthorizedInOurOwnWords() {
    assertThat(Http.get("/api/v1/application.wadl").statusCode()).isEqualTo(404);
    HttpResponse<String> options =
        Http.send(
            Http.request("/api/v1/me")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(options.body()).doesNotContainIgnoringCase("wadl").doesNotContain("<application");

    HttpResponse<String> anonymous = Http.get("/api/v1/me");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(Http.json(anonymous).getString("detail"))
        .contains("bearer token")
        .doesNotContain("HTTP 401");
    HttpResponse<String> wrongMethod =
        Http.send(
            Http.request("/api/v1/auth/token")
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(Http.json(wrongMethod).getString("detail")).doesNotContain("HTTP 405");
  }

  @Test
  void badCharactersInJsonAreRefusedNamingTheField() {
    for (String displayName : List.of("Anna\\u0000Berg", "Anna\\ud800Berg", "Anna\\udc00")) {
      HttpResponse<String> answer =
          Http.postJson(
              "/api/v1/accounts",
              registration("x-" + UUID.randomUUID() + "@example.org", displayName),
              "X-Forwarded-For",
              "203.0.113.62");
      assertThat(answer.statusCode()).as(displayName).isEqualTo(400);
      JsonObject error = Http.json(answer).getJsonArray("errors").getJsonObject(0);
      assertThat(error.getString("field")).isEqualTo("displayName");
      assertThat(error.getString("code")).isEqualTo("validation.invalidCharacters");
    }

    ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
    invalidUtf8.writeBytes(
        registration("y-" + UUID.randomUUID() + "@example.org", "Anna@@Berg")
            .split("@@")[0]
            .getBytes(StandardCharsets.UTF_8));
    invalidUtf8.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    invalidUtf8.writeBytes(
        registration("z@example.org", "Anna@@Berg")
            .split("@@")[1]
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> bytes =
        Http.send(
            Http.request(
                    "/api/v1/accounts",
                    "Content-Type",
                    "application/json",
                    "X-Forwarded-For",
                    "203.0.113.62")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8.toByteArray()))
                .build());
    assertThat(bytes.statusCode()).as(bytes.body()).isEqualTo(400);
    assertThat(Http.json(bytes).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("displayName");
  }

  @Test
  void duplicateKeysAreRefused() {
    String body =
        "{\"email\":\"a-"
            + UUID.randomUUID()
            + "@example.org\",\"password\":\""
            + PASSWORD
            + "\",\"displayName\":\"Anna\",\"displayName\":\"Bob\",\"role\":\"JOB_SEEKER\","
            + "\"privacyAccepted\":true}";
    HttpResponse<String> answer =
        Http.postJson("/api/v1/accounts", body, "X-Forwarded-For", "203.0.113.63");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(Http.json(answer).getString("detail")).contains("displayName");
  }

  @Test
  void unreadableLimitIsABadRequestNamingTheParameter() {
    String token = Http.demoToken("seeker");
    for (String limit : List.of("abc", "99999999999")) {
      HttpResponse<String> answer =
          Http.get("/api/v1/skills?q=koch&limit=" + limit, "Authorization", "Bearer " + token);
      assertThat(answer.statusCode()).as(limit).isEqualTo(400);
      assertThat(Http.json(answer).getString("parameter")).isEqualTo("limit");
      assertThat(Http.json(answer).getString("detail")).contains("limit");
    }
  }

  private static String registerSeeker(String address) {
    String email = "probe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> created =
        Http.postJson(
            "/api/v1/accounts", registration(email, "Petra Probe"), "X-Forwarded-For", address);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return email;
  }

  /** A registration body; {@code displayName} is inserted as written (JSON escapes allowed). */
  private static String registration(String email, String displayName) {
    return "{\"email\":\""
        + email
        + "\",\"password\":\""
        + PASSWORD
        + "\",\"displayName\":\""
        + displayName
        + "\",\"role\":\"JOB_SEEKER\",\"privacyAccepted\":true}";
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A browser-like session over plain HTTP: cookies kept, Faces forms posted with their state. */
  private static final class PageSession {
    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String address;

    private PageSession(String address) {
      this.address = address;
    }

    static PageSession signedIn(String email, String password, String address) {
      PageSession session = new PageSession(address);
      String viewState = session.viewState(session.get("/login.xhtml"));
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("login", "login");
      fields.put("login:email", email);
      fields.put("login:password", password);
      fields.put("login:submit", "");
      fields.put("jakarta.faces.ViewState", viewState);
      HttpResponse<String> signedIn = session.post("/login.xhtml", fields);
      assertThat(signedIn.uri().getPath()).as(signedIn.body()).isEqualTo("/seeker/index.xhtml");
      return session;
    }

    HttpResponse<String> changePassword(String current, String replacement) {
      String viewState = viewState(get("/account/index.xhtml"));
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("password", "password");
      fields.put("password:current", current);
      fields.put("password:new", replacement);
      fields.put("password:change", "");
      fields.put("jakarta.faces.ViewState", viewState);
      return post("/account/index.xhtml", fields);
    }

    HttpResponse<String> get(String path) {
      return send(builder(path).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
      return send(
          builder(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
              .build());
    }

    private HttpRequest.Builder builder(String path) {
      return HttpRequest.newBuilder(URI.create(RunningApplication.baseUrl() + path))
          .timeout(Duration.ofSeconds(60))
          .header("Accept-Language", "en")
          .header("X-Forwarded-For", address);
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private String viewState(HttpResponse<String> page) {
      Matcher m = VIEW_STATE.matcher(page.body());
      assertThat(m.find()).as(page.body()).isTrue();
      return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }
  }
}
