package org.talentbruecke.opening.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * An employer describes the organisation over the API; staff see the profile; bad input changes
 * nothing.
 */
@ExtendWith(RunningApplication.class)
class OrganisationProfileApiIT {

  private static JsonObjectBuilder profile() {
    return Json.createObjectBuilder()
        .add("legalForm", "GMBH")
        .add("naceSection", "q")
        .add("sizeBand", "MEDIUM")
        .add("municipality", "03241001")
        .add("street", "Am Maschsee 1")
        .add("postcode", "30169")
        .add("customerLanguages", Json.createArrayBuilder().add("ar").add("TR").add("ar"))
        .add("tradeCountries", Json.createArrayBuilder().add("sy").add("TR"))
        .add(
            "offersNewcomers",
            "Mentoring, Deutschkurs in der Arbeitszeit, Hilfe bei der Anerkennung.");
  }

  private static HttpResponse<String> put(String json, String token) {
    return Http.send(
        Http.request(
                "/api/v1/organisations/mine/profile",
                "Authorization",
                "Bearer " + token,
                "Accept-Language",
                "en")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  @Test
  void profileIsStoredShownToStaffAndRefusedWholeWhenWrong() {
    String email = "profil-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Http.postJson(
        "/api/v1/accounts",
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "Pflege mit Herz am Maschsee")
            .add("displayName", "Leyla Aydın")
            .add("role", "EMPLOYER")
            .add("organisationName", "Pflegedienst Südstadt " + email)
            .add("privacyAccepted", true)
            .build()
            .toString(),
        "X-Forwarded-For",
        "192.0.2.91");
    String employer = Http.token(email, "Pflege mit Herz am Maschsee", "192.0.2.91");

    HttpResponse<String> saved = put(profile().build().toString(), employer);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject p = Http.json(saved).getJsonObject("profile");
    assertThat(p.getString("naceSection")).isEqualTo("Q");
    assertThat(p.getJsonArray("customerLanguages").toString()).isEqualTo("[\"ar\",\"tr\"]");
    assertThat(p.getJsonArray("tradeCountries").toString()).isEqualTo("[\"SY\",\"TR\"]");

    HttpResponse<String> bad =
        put(
            profile()
                .add("legalForm", "LIMITED")
                .add("postcode", "3016")
                .add("tradeCountries", Json.createArrayBuilder().add("TR").add("ZZ"))
                .add("offersNewcomers", "x".repeat(102_400))
                .build()
                .toString(),
            employer);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(
            Http.json(bad).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList())
        .containsExactlyInAnyOrder("legalForm", "postcode", "tradeCountries[1]", "offersNewcomers");
    JsonObject unchanged =
        Http.json(Http.get("/api/v1/organisations/mine", "Authorization", "Bearer " + employer))
            .getJsonObject("profile");
    assertThat(unchanged.getString("postcode")).isEqualTo("30169");
    assertThat(unchanged.getString("legalForm")).isEqualTo("GMBH");

    String staff = Http.demoToken("staff");
    String waiting = Http.get("/api/v1/organisations", "Authorization", "Bearer " + staff).body();
    assertThat(waiting).contains("Pflegedienst Südstadt " + email).contains("\"Am Maschsee 1\"");
    assertThat(put(profile().build().toString(), staff).statusCode()).isEqualTo(403);
  }
}
