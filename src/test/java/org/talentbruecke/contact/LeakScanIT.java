package org.talentbruecke.contact;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Issue 12's leak scan: a job seeker with a distinctive name, e-mail, phone, birth date,
 * nationality and gender, visible anonymised to verified employers and ranked for the demo
 * employer's nursing opening; the demo employer (verified) then reads every employer-facing page
 * (raw HTML as the server sends it, so hidden fields, HTML comments, the view state's neighbours
 * and PrimeFaces widget JSON are included) and every GET endpoint an employer can call
 * (docs/api.md), exports included. None of the values may appear in any form. After the job seeker
 * accepts a request the name and the chosen e-mail may appear on the contact views only; after the
 * withdrawal nowhere again. The phone number is in a still pending interest the whole time.
 */
@ExtendWith(RunningApplication.class)
class LeakScanIT {
  private static final String DATE_OF_BIRTH = "1979-11-23";
  private static final String NATIONALITY = "MN";
  private static final String PHONE = "+49 511 7294 8361";
  private static final Set<String> COUNTRY_NAMES =
      Set.of(
          "nationality JSON", "nationality (de)", "nationality (en)", "nationality adjective (de)");

  /** A page or endpoint that was read, with what it answered. */
  private record Read(String where, int status, String body) {}

  /** The values that identify the person, each under a name that says which form it is. */
  private static Map<String, String> identifying(ContactFixtures.Seeker seeker) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", seeker.name());
    String[] parts = seeker.name().split(" ");
    values.put("first name", parts[0]);
    values.put("surname", parts[1]);
    values.put("e-mail", seeker.email());
    values.put("e-mail local part", seeker.email().substring(0, seeker.email().indexOf('@')));
    values.put("e-mail, URL-encoded", seeker.email().replace("@", "%40"));
    values.put("phone", PHONE);
    values.put("phone digits", PHONE.replaceAll("[^0-9]", ""));
    values.put("phone subscriber digits", "72948361");
    values.put("phone subscriber grouped", "7294 8361");
    values.put("birth date ISO", DATE_OF_BIRTH);
    values.put("birth date German", "23.11.1979");
    values.put("birth date short", "23.11.79");
    values.put("birth date slashes", "23/11/1979");
    values.put("birth date US", "11/23/1979");
    values.put("birth date digits", "19791123");
    values.put("nationality JSON", "\"" + NATIONALITY + "\"");
    values.put("nationality (de)", "Mongolei");
    values.put("nationality (en)", "Mongolia");
    values.put("nationality adjective (de)", "mongolisch");
    values.put("gender constant", "DIVERSE");
    values.put("nationality key", "\"nationality\":");
    values.put("birth date key", "\"dateOfBirth\":");
    values.put("gender key", "\"gender\":");
    return values;
  }

  @Test
  void noEmployerFacingPageOrEndpointNamesTheCandidateBeforeConsent() {
    String employer = Http.demoToken("employer");
    JsonObject nursing = ContactFixtures.nursingOpening(employer);
    long nursingId = nursing.getJsonNumber("id").longValue();
    List<Long> ownOpenings = ownOpenings(employer);
    long otherPublished = otherPublishedOpening(employer, nursingId);

    ContactFixtures.Seeker seeker =
        ContactFixtures.register(
            "Wolodymyra Quxleckprobe-" + ContactFixtures.unique(), "192.0.2.191");
    String handle =
        ContactFixtures.nurseProfile(seeker, nursing, "ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    assertThat(ContactFixtures.candidateHandles(employer, nursingId)).contains(handle);

    try (Browser browser = Browser.open("de")) {
      browser.signIn("employer@demo.test", Demo.PASSWORD);
      assertThat(browser.path()).startsWith("/employer/");
      String cookie =
          browser.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      Scan scan =
          new Scan(employer, cookie, nursingId, otherPublished, ownOpenings, handle, seeker);
      // Country names and codes stand in country lists anyway: how often, before the nationality
      // is stored.
      Map<String, String> baseline =
          scan.everything().stream()
              .collect(Collectors.toMap(Read::where, Read::body, (x, y) -> x));

      HttpResponse<String> personal =
          ContactFixtures.put(
              seeker,
              "/personal-details",
              Json.createObjectBuilder()
                  .add("nationality", NATIONALITY)
                  .add("dateOfBirth", DATE_OF_BIRTH)
                  .add("gender", "DIVERSE")
                  .add("photo", false)
                  .build()
                  .toString());
      assertThat(personal.statusCode()).as(personal.body()).isEqualTo(200);
      // The phone is in the system from now on: in an interest the employer has not accepted.
      HttpResponse<String> interest =
          post(
              seeker.token(),
              "/api/v1/contacts/interest",
              Json.createObjectBuilder()
                  .add("openingId", otherPublished)
                  .add("message", "Ich helfe gern.")
                  .add("channel", "PHONE")
                  .add("detail", PHONE)
                  .build()
                  .toString());
      assertThat(interest.statusCode()).as(interest.body()).isEqualTo(201);
      Map<String, String> values = identifying(seeker);

      // 1. Before any contact: the ask form for this very candidate included.
      List<Read> before = scan.everything();
      assertThat(seen(before, handle))
          .as("the scan reaches the candidate's card on pages and in the API")
          .contains(
              "/employer/candidates.xhtml?opening=" + nursingId + "&page=" + scan.pageOfHandle,
              "/employer/contact.xhtml?opening=" + nursingId + "&candidate=" + handle,
              "/api/v1/openings/" + nursingId + "/candidates?limit=100");
      assertNowhere(before, values, Set.of(), baseline, "before any request");

      // 2. The employer asks; pending.
      HttpResponse<String> asked =
          post(
              employer,
              "/api/v1/contacts",
              Json.createObjectBuilder()
                  .add("openingId", nursingId)
                  .add("handle", handle)
                  .add("message", "Wir würden Sie gern kennenlernen.")
                  .build()
                  .toString());
      assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
      String id = Http.json(asked).getString("id");
      List<Read> pending = scan.everything();
      assertThat(seen(pending, id)).contains("/api/v1/contacts", "/api/v1/contacts/" + id);
      assertNowhere(pending, values, Set.of(), baseline, "while the request is pending");

      // 3. Accepted with the e-mail: name and e-mail on the contact views only.
      HttpResponse<String> accepted =
          post(seeker.token(), "/api/v1/contacts/" + id + "/accept", "{\"channel\":\"EMAIL\"}");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
      List<Read> afterAcceptance = scan.everything();
      Set<String> contactViews =
          Set.of("/employer/contacts.xhtml", "/api/v1/contacts", "/api/v1/contacts/" + id);
      // The scan sees the values where they belong (so it would see them elsewhere too).
      assertThat(seen(afterAcceptance, seeker.name())).containsAll(contactViews);
      assertThat(seen(afterAcceptance, seeker.email())).containsAll(contactViews);
      List<Read> elsewhere =
          afterAcceptance.stream().filter(r -> !contactViews.contains(r.where())).toList();
      assertNowhere(
          elsewhere, values, Set.of(), baseline, "after acceptance, outside the contact views");
      List<Read> onContactViews =
          afterAcceptance.stream().filter(r -> contactViews.contains(r.where())).toList();
      assertNowhere(
          onContactViews,
          values,
          Set.of(
              "name",
              "first name",
              "surname",
              "e-mail",
              "e-mail local part",
              "e-mail, URL-encoded"),
          baseline,
          "after acceptance, on the contact views (only the name and the chosen e-mail)");

      // 4. Withdrawn: nowhere again, at once.
      HttpResponse<String> withdrawn =
          post(seeker.token(), "/api/v1/contacts/" + id + "/withdraw", null);
      assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
      assertNowhere(scan.everything(), values, Set.of(), baseline, "after the withdrawal");
    }

    // The mails to the employer (the request, the acceptance, the interest, the withdrawal), as
    // the admins' outbox shows them.
    try (Browser admin = Browser.open("de")) {
      admin.signIn("admin@demo.test", Demo.PASSWORD);
      admin.go("/admin/outbox.xhtml");
      List<Read> mails =
          admin.all("li.tb-mail[data-receiver='employer@demo.test']").stream()
              .map(m -> new Read("mail to the employer", 200, m.getAttribute("outerHTML")))
              .toList();
      assertThat(seen(mails, handle)).as("the outbox holds mails about the candidate").isNotEmpty();
      assertNowhere(mails, identifying(seeker), Set.of(), Map.of(), "in mails to the employer");
    }
  }

  /** Where (which reads) a value was seen. */
  private static List<String> seen(List<Read> reads, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return reads.stream()
        .filter(r -> r.body().toLowerCase(Locale.ROOT).contains(lower))
        .map(Read::where)
        .toList();
  }

  /**
   * Fails for every form of a value found in a read. Names and e-mail are looked for in any case;
   * the constants as written. Country names and codes also stand in every country list (the
   * organisation's trade countries, {@code value="MN"}): they count as a leak only where they occur
   * more often than in the same read before the nationality was stored.
   */
  private static void assertNowhere(
      List<Read> reads,
      Map<String, String> values,
      Set<String> allowed,
      Map<String, String> baseline,
      String when) {
    List<String> leaks = new ArrayList<>();
    for (Read read : reads) {
      values.forEach(
          (form, value) -> {
            if (allowed.contains(form)) {
              return;
            }
            boolean anyCase = form.contains("name") || form.contains("e-mail");
            String body = anyCase ? read.body().toLowerCase(Locale.ROOT) : read.body();
            String wanted = anyCase ? value.toLowerCase(Locale.ROOT) : value;
            int found = occurrences(body, wanted);
            int before =
                COUNTRY_NAMES.contains(form)
                    ? occurrences(baseline.getOrDefault(read.where(), ""), wanted)
                    : 0;
            if (found > before) {
              leaks.add(form + " in " + read.where() + " (" + read.status() + ")");
            }
          });
    }
    assertThat(leaks).as("leaks " + when + " (" + reads.size() + " reads)").isEmpty();
  }

  private static int occurrences(String text, String value) {
    int count = 0;
    for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      count++;
    }
    return count;
  }

  private static HttpResponse<String> post(String token, String path, String json) {
    HttpRequest.Builder request = Http.request(path, "Authorization", "Bearer " + token);
    if (json == null) {
      return Http.send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
    }
    return Http.send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static List<JsonObject> mine(String employer) {
    return Json.createReader(
            new java.io.StringReader(
                Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                    .body()))
        .readArray()
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static List<Long> ownOpenings(String employer) {
    return mine(employer).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
  }

  private static long otherPublishedOpening(String employer, long nursingId) {
    return mine(employer).stream()
        .filter(o -> "PUBLISHED".equals(o.getString("status", "")))
        .map(o -> o.getJsonNumber("id").longValue())
        .filter(id -> id != nursingId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("The demo employer has a second published opening"));
  }

  /** Reads every employer-facing page (with the session cookie) and endpoint (with the token). */
  private static final class Scan {
    private final String token;
    private final String cookie;
    private final long nursingId;
    private final long otherId;
    private final List<Long> openings;
    private final String handle;
    private final ContactFixtures.Seeker seeker;
    private int pageOfHandle = -1;

    Scan(
        String token,
        String cookie,
        long nursingId,
        long otherId,
        List<Long> openings,
        String handle,
        ContactFixtures.Seeker seeker) {
      this.token = token;
      this.cookie = cookie;
      this.nursingId = nursingId;
      this.otherId = otherId;
      this.openings = openings;
      this.handle = handle;
      this.seeker = seeker;
    }

    List<Read> everything() {
      List<Read> reads = new ArrayList<>();
      pages(reads);
      api(reads);
      return reads;
    }

    private Read page(String path) {
      HttpResponse<String> response =
          Http.get(path, "Cookie", cookie, "Accept-Language", "de", "Accept", "text/html");
      assertThat(response.statusCode()).as(path + " answers 5xx").isLessThan(500);
      return new Read(path, response.statusCode(), response.body() + response.headers());
    }

    /** A page that must render for the employer (not a redirect to the sign-in page). */
    private Read shownPage(String path) {
      Read read = page(path);
      assertThat(read.status()).as(path).isEqualTo(200);
      return read;
    }

    private void pages(List<Read> reads) {
      reads.add(shownPage("/employer/index.xhtml"));
      reads.add(shownPage("/employer/contacts.xhtml"));
      reads.add(shownPage("/employer/organisation.xhtml"));
      reads.add(shownPage("/employer/contact.xhtml?opening=" + nursingId + "&candidate=" + handle));
      reads.add(page("/employer/contact.xhtml?opening=" + otherId + "&candidate=" + handle));
      String later = LocalDate.now().plusMonths(2).toString();
      List<String> variants =
          List.of(
              "",
              "&sort=value",
              "&mustHaves=true",
              "&recognition=true",
              "&commute=50",
              "&availableBy=" + later,
              "&mustHaves=true&recognition=true&commute=80&availableBy=" + later + "&sort=value");
      for (long opening : List.of(nursingId, otherId)) {
        for (String variant : variants) {
          for (int page = 1; page <= 20; page++) {
            Read read =
                shownPage(
                    "/employer/candidates.xhtml?opening=" + opening + variant + "&page=" + page);
            reads.add(read);
            if (opening == nursingId && variant.isEmpty() && read.body().contains(handle)) {
              pageOfHandle = page;
            }
            if (!read.body().contains("id=\"nextPage\"")) {
              break;
            }
          }
        }
      }
      for (long opening : openings) {
        reads.add(page("/employer/preview.xhtml?id=" + opening));
        reads.add(page("/employer/opening.xhtml?id=" + opening));
        reads.add(page("/employer/extend.xhtml?opening=" + opening));
        reads.add(page("/employer/publish.xhtml?opening=" + opening));
        reads.add(page("/opening.xhtml?id=" + opening));
      }
      reads.add(shownPage("/employer/opening.xhtml"));
      reads.add(shownPage("/account/index.xhtml"));
      reads.add(page("/account/consent.xhtml"));
      reads.add(shownPage("/index.xhtml"));
      reads.add(shownPage("/openings.xhtml"));
      reads.add(page("/privacy.xhtml"));
    }

    private Read api(String path) {
      HttpResponse<String> response =
          Http.get(path, "Authorization", "Bearer " + token, "Accept-Language", "de");
      assertThat(response.statusCode()).as(path + " answers 5xx").isLessThan(500);
      return new Read(path, response.statusCode(), response.body() + response.headers());
    }

    private Read okApi(String path) {
      Read read = api(path);
      assertThat(read.status()).as(path + ": " + read.body()).isEqualTo(200);
      return read;
    }

    private void api(List<Read> reads) {
      reads.add(okApi("/api/v1/me"));
      reads.add(okApi("/api/v1/accounts/me/export"));
      reads.add(okApi("/api/v1/organisations/mine"));
      reads.add(okApi("/api/v1/openings?mine=true"));
      reads.add(okApi("/api/v1/openings"));
      reads.add(okApi("/api/v1/skills?q=pflege"));
      reads.add(okApi("/api/v1/occupations?q=pflege"));
      Read contacts = okApi("/api/v1/contacts");
      reads.add(contacts);
      for (String id : contactIds()) {
        reads.add(okApi("/api/v1/contacts/" + id));
      }
      String date = LocalDate.now().plusMonths(2).toString();
      for (long opening : List.of(nursingId, otherId)) {
        String candidates = "/api/v1/openings/" + opening + "/candidates?limit=100";
        for (String variant :
            List.of(
                "",
                "&sort=value",
                "&sort=fit",
                "&mustHavesOnly=true",
                "&recognitionComplete=true",
                "&maxCommuteKm=50",
                "&availableBy=" + date,
                "&offset=100",
                "&mustHavesOnly=true&recognitionComplete=true&maxCommuteKm=80&availableBy="
                    + date
                    + "&sort=value")) {
          reads.add(okApi(candidates + variant));
        }
      }
      for (long opening : openings) {
        reads.add(okApi("/api/v1/openings/" + opening));
        reads.add(api("/api/v1/openings/" + opening + "/versions"));
        reads.add(api("/api/v1/openings/" + opening + "/acknowledged-findings"));
        reads.add(api("/api/v1/openings/published/" + opening));
      }
      // What an employer is refused must not leak either (problem documents echo nothing).
      long person = seeker.accountId();
      for (String refused :
          List.of(
              "/api/v1/profiles/me",
              "/api/v1/profiles/me/export",
              "/api/v1/profiles/me/personal-details",
              "/api/v1/profiles/me/cv.pdf",
              "/api/v1/profiles/" + person + "/openings",
              "/api/v1/organisations",
              "/api/v1/openings/" + nursingId + "/decisions",
              "/api/v1/matching/log?openingId=" + nursingId,
              "/api/v1/audit",
              "/api/v1/audit/csv",
              "/api/v1/region/dashboard",
              "/api/v1/admin/accounts")) {
        Read read = api(refused);
        assertThat(read.status()).as(refused).isIn(403, 404);
        reads.add(read);
      }
    }

    private List<String> contactIds() {
      HttpResponse<String> response =
          Http.get("/api/v1/contacts", "Authorization", "Bearer " + token);
      return Json.createReader(new java.io.StringReader(response.body())).readArray().stream()
          .map(v -> v.asJsonObject().getString("id"))
          .toList();
    }
  }
}
