package org.talentbruecke.opening.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** The public ad check over real HTTP: the issue's example, its fix, limits and broken bodies. */
@ExtendWith(RunningApplication.class)
class AdCheckApiIT {
  private static final String AD =
      "Für unser junges Team in Hannover suchen wir Verstärkung. Voraussetzung: Deutsch als Muttersprache.";

  private static String body(String title, String description) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("description", description)
        .add("language", "de")
        .build()
        .toString();
  }

  @Test
  void issueExampleGivesExactlyTwoFindingsWithPositionsAndFixesWithoutSigningIn() {
    HttpResponse<String> response =
        Http.postJson("/api/v1/openings/ad-check", body("Kundenberater (m/w/d)", AD));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonArray findings = Http.json(response).getJsonArray("findings");
    assertThat(findings).hasSize(2);
    JsonObject young = findings.getJsonObject(0);
    assertThat(young.getString("ruleId")).isEqualTo("YOUNG_TEAM");
    assertThat(young.getString("phrase")).isEqualTo("junges Team");
    assertThat(young.getString("field")).isEqualTo("description");
    assertThat(young.getString("category")).isEqualTo("AGE");
    assertThat(young.getString("severity")).isEqualTo("AGG_RISK");
    assertThat(AD.substring(young.getInt("start"), young.getInt("end"))).isEqualTo("junges Team");
    assertThat(young.getString("suggestion")).contains("motiviertes Team");
    JsonObject native_ = findings.getJsonObject(1);
    assertThat(native_.getString("ruleId")).isEqualTo("NATIVE_LANGUAGE");
    assertThat(AD.substring(native_.getInt("start"), native_.getInt("end")))
        .isEqualTo("Deutsch als Muttersprache");
    assertThat(native_.getString("reason")).contains("BAG 8 AZR 402/15").contains("Herkunft");
    assertThat(native_.getString("suggestion")).contains("GER");
  }

  @Test
  void reasonsFollowAcceptLanguage() {
    HttpResponse<String> english =
        Http.postJson(
            "/api/v1/openings/ad-check",
            body("Kundenberater (m/w/d)", AD),
            "Accept-Language",
            "en-GB,en;q=0.8");
    JsonObject first = Http.json(english).getJsonArray("findings").getJsonObject(1);
    assertThat(first.getString("reason")).contains("Federal Labour Court");
    assertThat(first.getString("suggestion")).contains("CEFR");
  }

  @Test
  void arabicUkrainianAndTurkishReadersGetReasonsInTheirLanguage() {
    for (String language : List.of("ar", "uk", "tr")) {
      HttpResponse<String> response =
          Http.postJson(
              "/api/v1/openings/ad-check",
              body("Kundenberater (m/w/d)", AD),
              "Accept-Language",
              language);
      JsonObject native_ = Http.json(response).getJsonArray("findings").getJsonObject(1);
      assertThat(native_.getString("reason"))
          .as(language)
          .contains("BAG 8 AZR 402/15")
          .doesNotContain("Herkunft")
          .doesNotContain("Federal Labour Court");
    }
  }

  @Test
  void fixedTextHasNoFindings() {
    String fixed =
        "Für unser motiviertes Team in Hannover suchen wir Verstärkung. "
            + "Voraussetzung: Deutsch auf Niveau B2 (Sprechen), B1 (Schreiben).";
    HttpResponse<String> response =
        Http.postJson("/api/v1/openings/ad-check", body("Kundenberater (m/w/d)", fixed));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response).getJsonArray("findings")).isEmpty();
  }

  @Test
  void hundredKilobytesOfTextIsAValidationProblem() {
    HttpResponse<String> response =
        Http.postJson(
            "/api/v1/openings/ad-check",
            body("Koch (m/w/d)", "junges Team ".repeat(102_400 / 12 + 1)),
            "Accept-Language",
            "en");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = Http.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:talentbruecke:problem:validation");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("description");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("100,000");
  }

  @Test
  void malformedJsonIsAProblemDocument() {
    HttpResponse<String> response =
        Http.postJson("/api/v1/openings/ad-check", "{\"title\": \"Koch\", ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.json(response).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:malformed-request");
  }
}
