package org.talentbruecke.contact;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Contact on consent over real HTTP: staged disclosure (no name or contact before acceptance, gone
 * again at once after a withdrawal), bad input and foreign ids, another role and another
 * organisation refused, the export and the erasure.
 */
@ExtendWith(RunningApplication.class)
class ContactApiIT {
  private static String employer;
  private static JsonObject nursing;
  private static long nursingId;

  @BeforeAll
  static void theDemoEmployersNursingOpening() {
    employer = Http.demoToken("employer");
    nursing = ContactFixtures.nursingOpening(employer);
    nursingId = nursing.getJsonNumber("id").longValue();
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static HttpResponse<String> post(String token, String path, String json) {
    HttpRequest.Builder request = Http.request(path, "Authorization", bearer(token));
    if (json == null) {
      return Http.send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
    }
    return Http.send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpResponse<String> get(String token, String path) {
    return Http.get(path, "Authorization", bearer(token), "Accept-Language", "de");
  }

  private static HttpResponse<String> ask(String token, long opening, String handle, String msg) {
    return post(
        token,
        "/api/v1/contacts",
        Json.createObjectBuilder()
            .add("openingId", opening)
            .add("handle", handle)
            .add("message", msg)
            .build()
            .toString());
  }

  /** A new job seeker visible to employers whom the nursing opening ranks; returns the handle. */
  private static String visibleNurse(ContactFixtures.Seeker seeker) {
    String handle =
        ContactFixtures.nurseProfile(seeker, nursing, "ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    assertThat(ContactFixtures.candidateHandles(employer, nursingId)).contains(handle);
    return handle;
  }

  /** JSON-B leaves null fields out: no contact means absent or null. */
  private static boolean noContact(JsonObject request) {
    return !request.containsKey("contact") || request.isNull("contact");
  }

  private static void assertNothingIdentifies(String body, ContactFixtures.Seeker seeker) {
    assertThat(body)
        .doesNotContain(seeker.name())
        .doesNotContain(seeker.email())
        .doesNotContain("9876543")
        .doesNotContain(ContactFixtures.BIRTH_DATE)
        .doesNotContain("\"accountId\"");
  }

  @Test
  void theEmployerSeesNameAndContactOnlyAfterAcceptanceAndNotAfterAWithdrawal() {
    ContactFixtures.Seeker seeker =
        ContactFixtures.register(
            "Oleksandra Kontaktowa " + ContactFixtures.unique(), "192.0.2.171");
    String handle = visibleNurse(seeker);

    HttpResponse<String> asked = ask(employer, nursingId, handle, "Wir würden Sie gern sprechen.");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    JsonObject request = Http.json(asked);
    String id = request.getString("id");
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(asked.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/contacts/" + id);
    assertThat(request.getString("state")).isEqualTo("PENDING");
    assertThat(request.getString("disclosure")).isEqualTo("PROFILE");
    assertThat(noContact(request)).isTrue();
    assertThat(request.getJsonObject("card").getString("handle")).isEqualTo(handle);
    assertNothingIdentifies(asked.body(), seeker);
    assertNothingIdentifies(get(employer, "/api/v1/contacts").body(), seeker);
    assertNothingIdentifies(get(employer, "/api/v1/contacts/" + id).body(), seeker);

    // The job seeker sees it with the organisation and the opening, and accepts with a phone.
    JsonObject mine = Http.json(get(seeker.token(), "/api/v1/contacts/" + id));
    assertThat(mine.getString("organisation")).isNotBlank();
    assertThat(mine.getString("openingTitle")).isEqualTo(ContactFixtures.NURSING_OPENING);
    assertThat(mine.getBoolean("answerable")).isTrue();
    HttpResponse<String> badPhone =
        post(
            seeker.token(),
            "/api/v1/contacts/" + id + "/accept",
            "{\"channel\":\"PHONE\",\"detail\":\"ruf mich an\"}");
    assertThat(badPhone.statusCode()).as(badPhone.body()).isEqualTo(400);
    assertThat(badPhone.body()).contains("\"field\":\"detail\"");
    HttpResponse<String> accepted =
        post(
            seeker.token(),
            "/api/v1/contacts/" + id + "/accept",
            "{\"channel\":\"PHONE\",\"detail\":\"+49 511 9876543\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

    JsonObject disclosed = Http.json(get(employer, "/api/v1/contacts/" + id));
    assertThat(disclosed.getString("state")).isEqualTo("ACCEPTED");
    assertThat(disclosed.getJsonObject("contact").getString("name")).isEqualTo(seeker.name());
    assertThat(disclosed.getJsonObject("contact").getString("channel")).isEqualTo("PHONE");
    assertThat(disclosed.getJsonObject("contact").getString("detail")).isEqualTo("+49 511 9876543");
    // Still nothing that was not chosen: no e-mail, no birth date.
    assertThat(disclosed.toString())
        .doesNotContain(seeker.email())
        .doesNotContain(ContactFixtures.BIRTH_DATE);

    HttpResponse<String> twice =
        post(seeker.token(), "/api/v1/contacts/" + id + "/accept", "{\"channel\":\"EMAIL\"}");
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    assertThat(Http.json(twice).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:invalid-state");
    assertThat(Http.json(twice).getString("detail")).isNotBlank();

    HttpResponse<String> withdrawn =
        post(seeker.token(), "/api/v1/contacts/" + id + "/withdraw", null);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    HttpResponse<String> after = get(employer, "/api/v1/contacts/" + id);
    assertThat(Http.json(after).getString("state")).isEqualTo("WITHDRAWN");
    assertThat(noContact(Http.json(after))).isTrue();
    assertNothingIdentifies(after.body(), seeker);
    assertThat(post(seeker.token(), "/api/v1/contacts/" + id + "/withdraw", null).statusCode())
        .isEqualTo(409);
  }

  @Test
  void anotherRoleAnotherOrganisationAndForgedIdsAreRefused() {
    ContactFixtures.Seeker seeker =
        ContactFixtures.register("Petro Fremdzugriff " + ContactFixtures.unique(), "192.0.2.172");
    String handle = visibleNurse(seeker);
    String id = Http.json(ask(employer, nursingId, handle, "Hallo")).getString("id");

    // An employer of another organisation (registered just now).
    String address = "192.0.2.173";
    String otherEmail = "fremd-" + ContactFixtures.unique() + "@example.org";
    HttpResponse<String> other =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", otherEmail)
                .add("password", ContactFixtures.PASSWORD)
                .add("displayName", "Fremde Firma")
                .add("role", "EMPLOYER")
                .add("organisationName", "Fremdfirma " + ContactFixtures.unique())
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            address);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
    String foreign = Http.token(otherEmail, ContactFixtures.PASSWORD, address);
    assertThat(get(foreign, "/api/v1/contacts/" + id).statusCode()).isEqualTo(404);
    assertThat(post(foreign, "/api/v1/contacts/" + id + "/decline", null).statusCode())
        .isEqualTo(404);
    assertThat(get(foreign, "/api/v1/contacts").body()).doesNotContain(id);
    // The other organisation's employer cannot ask for the demo employer's opening either.
    assertThat(ask(foreign, nursingId, handle, "Hallo").statusCode()).isEqualTo(404);

    // Other roles.
    assertThat(get(Http.demoToken("staff"), "/api/v1/contacts").statusCode()).isEqualTo(403);
    assertThat(get(Http.demoToken("admin"), "/api/v1/contacts/" + id).statusCode()).isEqualTo(403);
    assertThat(ask(seeker.token(), nursingId, handle, "Ich frage selbst").statusCode())
        .isEqualTo(403);
    assertThat(
            post(
                    employer,
                    "/api/v1/contacts/interest",
                    "{\"openingId\":" + nursingId + ",\"channel\":\"EMAIL\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.get("/api/v1/contacts").statusCode()).isEqualTo(401);

    // The employer cannot answer its own request; the job seeker of another request cannot see it.
    HttpResponse<String> own = post(employer, "/api/v1/contacts/" + id + "/accept", null);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    ContactFixtures.Seeker stranger =
        ContactFixtures.register("Fremde Person " + ContactFixtures.unique(), "192.0.2.174");
    assertThat(get(stranger.token(), "/api/v1/contacts/" + id).statusCode()).isEqualTo(404);
    assertThat(
            post(stranger.token(), "/api/v1/contacts/" + id + "/accept", "{\"channel\":\"EMAIL\"}")
                .statusCode())
        .isEqualTo(404);

    // Forged ids.
    for (String forged :
        new String[] {"00000000-0000-4000-8000-000000000000", "1", "../export", "%27%20OR%201=1"}) {
      assertThat(get(seeker.token(), "/api/v1/contacts/" + forged).statusCode())
          .as(forged)
          .isEqualTo(404);
    }
    assertThat(Http.json(get(seeker.token(), "/api/v1/contacts/" + id)).getString("state"))
        .isEqualTo("PENDING");
  }

  @Test
  void badInputIsRefusedWithAClearProblemAndChangesNothing() {
    ContactFixtures.Seeker seeker =
        ContactFixtures.register("Iryna Fehlversuch " + ContactFixtures.unique(), "192.0.2.175");
    String handle = visibleNurse(seeker);

    HttpResponse<String> noMessage = ask(employer, nursingId, handle, " ");
    assertThat(noMessage.statusCode()).as(noMessage.body()).isEqualTo(400);
    assertThat(noMessage.body()).contains("\"field\":\"message\"");
    HttpResponse<String> unknown = ask(employer, nursingId, "ZZZZ-ZZZZ", "Hallo");
    assertThat(unknown.statusCode()).isEqualTo(404);

    // A draft (not published) opening: a conflict that says why.
    HttpResponse<String> draft =
        Http.postJson(
            "/api/v1/openings",
            "{\"title\":\"Entwurf für Kontakte\",\"description\":\"Noch nicht fertig\"}",
            "Authorization",
            bearer(employer));
    long draftId = Http.json(draft).getJsonNumber("id").longValue();
    HttpResponse<String> notPublished = ask(employer, draftId, handle, "Hallo");
    assertThat(notPublished.statusCode()).as(notPublished.body()).isEqualTo(409);
    assertThat(Http.json(notPublished).getString("detail")).contains("veröffentlicht");

    HttpResponse<String> first = ask(employer, nursingId, handle, "Hallo");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(ask(employer, nursingId, handle, "Noch einmal").statusCode()).isEqualTo(409);

    // A hidden profile: employers cannot ask, and cannot tell it from an unknown handle.
    ContactFixtures.Seeker hidden =
        ContactFixtures.register("Verborgene Person " + ContactFixtures.unique(), "192.0.2.176");
    String hiddenHandle = visibleNurse(hidden);
    assertThat(
            ContactFixtures.put(hidden, "/visibility", "{\"visibility\":\"HIDDEN\"}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> refused = ask(employer, nursingId, hiddenHandle, "Hallo");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    HttpResponse<String> interest =
        post(
            hidden.token(),
            "/api/v1/contacts/interest",
            "{\"openingId\":" + nursingId + ",\"channel\":\"EMAIL\"}");
    assertThat(interest.statusCode()).as(interest.body()).isEqualTo(409);
    assertThat(get(hidden.token(), "/api/v1/contacts").body()).isEqualTo("[]");
  }

  @Test
  void anInterestReachesTheEmployerAndTheRequestsAreInTheExportAndGoWithTheAccount() {
    ContactFixtures.Seeker seeker =
        ContactFixtures.register("Marta Interessiert " + ContactFixtures.unique(), "192.0.2.177");
    // Staff only: showing interest is consent to this one organisation.
    ContactFixtures.nurseProfile(seeker, nursing, "STAFF_ONLY");
    HttpResponse<String> shown =
        post(
            seeker.token(),
            "/api/v1/contacts/interest",
            "{\"openingId\":"
                + nursingId
                + ",\"message\":\"Ich habe Erfahrung.\",\"channel\":\"EMAIL\"}");
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(201);
    String id = Http.json(shown).getString("id");

    JsonObject seen = Http.json(get(employer, "/api/v1/contacts/" + id));
    assertThat(seen.getString("startedBy")).isEqualTo("SEEKER");
    assertThat(seen.getString("disclosure")).isEqualTo("PROFILE");
    assertThat(seen.getBoolean("answerable")).isTrue();
    assertNothingIdentifies(seen.toString(), seeker);
    HttpResponse<String> accepted = post(employer, "/api/v1/contacts/" + id + "/accept", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(Http.json(accepted).getJsonObject("contact").getString("email"))
        .isEqualTo(seeker.email());

    HttpResponse<String> export =
        Http.get(
            "/api/v1/profiles/me/export",
            "Authorization",
            bearer(seeker.token()),
            "Accept-Language",
            "en");
    assertThat(export.statusCode()).isEqualTo(200);
    JsonObject exported =
        Http.json(export)
            .getJsonObject("otherRecords")
            .getJsonArray("contactRequests")
            .getJsonObject(0);
    assertThat(exported.getString("id")).isEqualTo(id);
    assertThat(exported.getString("state")).isEqualTo("ACCEPTED");
    assertThat(exported.getString("message")).isEqualTo("Ich habe Erfahrung.");
    // The interest is consent to share with this organisation, and the trail records both steps.
    JsonObject document = Http.json(export);
    assertThat(
            document.getJsonArray("consents").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("kind").equals("SHARING_WITH_ORGANISATION"))
                .filter(c -> !c.containsKey("withdrawnAt") || c.isNull("withdrawnAt"))
                .count())
        .isEqualTo(1);
    assertThat(
            document.getJsonArray("auditEntries").stream()
                .map(e -> e.asJsonObject().getString("type"))
                .toList())
        .contains("CONTACT_REQUESTED", "CONTACT_ANSWERED", "CONSENT_GIVEN");

    String body =
        Json.createObjectBuilder().add("password", ContactFixtures.PASSWORD).build().toString();
    HttpResponse<String> erased =
        Http.send(
            Http.request(
                    "/api/v1/profiles/me",
                    "Authorization",
                    bearer(seeker.token()),
                    "X-Forwarded-For",
                    seeker.address(),
                    "Content-Type",
                    "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertThat(erased.statusCode()).as(erased.body()).isIn(200, 204);
    assertThat(get(employer, "/api/v1/contacts/" + id).statusCode()).isEqualTo(404);
    assertThat(get(employer, "/api/v1/contacts").body())
        .doesNotContain(id)
        .doesNotContain(seeker.name());
  }
}
