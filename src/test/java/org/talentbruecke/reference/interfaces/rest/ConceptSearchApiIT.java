package org.talentbruecke.reference.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.reference.infrastructure.esco.EscoFixture;

/** The public skill and occupation search over the shipped ESCO data, imported at start-up. */
@ExtendWith(RunningApplication.class)
class ConceptSearchApiIT {
  private static final String NURSE =
      "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

  @Test
  void findsTheBakerWithUmlautsWrittenAsAe() {
    JsonArray hits = search("/api/v1/occupations", "baecker", "de");

    JsonObject baker = hits.getJsonObject(0);
    assertThat(baker.getString("uri")).isEqualTo(EscoFixture.BAKER);
    assertThat(baker.getString("label")).isEqualTo("Bäcker/Bäckerin");
    assertThat(baker.getString("language")).isEqualTo("de");
    assertThat(baker.getBoolean("fallback")).isFalse();
    assertThat(baker.getString("iscoCode")).isEqualTo("7512");
  }

  @Test
  void searchesEnglishLabelsAndToleratesATypo() {
    assertThat(labels(search("/api/v1/occupations", "nurse responsible", "en")))
        .contains("nurse responsible for general care");
    assertThat(labels(search("/api/v1/occupations", "Krankenpflger", "de")))
        .anySatisfy(label -> assertThat(label).contains("Krankenpfleger"));
  }

  @Test
  void findsTheNurseByTheEverydayWordsEscoLacksAndShowsEscosLabel() {
    for (String word : new String[] {"Pflegefachkraft", "pflegefachfrau", "Pflegefachmann"}) {
      JsonObject first = search("/api/v1/occupations", word, "de").getJsonObject(0);
      assertThat(first.getString("uri"))
          .isEqualTo("http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50");
      assertThat(first.getString("label"))
          .isEqualTo(
              "Krankenpfleger Allgemeine Krankenpflege/Krankenschwester Allgemeine Krankenpflege");
    }
  }

  @Test
  void findsTheNurseByAnArabicWordAndShowsEscosArabicLabel() {
    JsonObject nurse =
        search("/api/v1/occupations", "ممرض", "ar").getValuesAs(JsonObject.class).stream()
            .filter(hit -> hit.getString("uri").equals(NURSE))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the nurse is not among the hits for ممرض"));
    assertThat(nurse.getString("label"))
        .isEqualTo("ممرض مسؤول عن الرعاية العامة / ممرضة مسؤولة عن الرعاية العامة");
    assertThat(nurse.getString("language")).isEqualTo("ar");
    assertThat(nurse.getBoolean("fallback")).isFalse();
    assertThat(nurse.getString("iscoCode")).isEqualTo("2221");
    // diacritics and the taa marbuta written as haa do not matter
    assertThat(
            search("/api/v1/occupations", "مُمَرِّضه الرعايه العامه", "ar")
                .getJsonObject(0)
                .getString("uri"))
        .isEqualTo(NURSE);
  }

  @Test
  void findsTheNurseByTheEverydayUkrainianWordAndShowsEscosUkrainianLabel() {
    for (String word : new String[] {"медсестра", "Медсестра", "МЕДБРАТ"}) {
      JsonObject first = search("/api/v1/occupations", word, "uk").getJsonObject(0);
      assertThat(first.getString("uri")).isEqualTo(NURSE);
      assertThat(first.getString("label"))
          .isEqualTo(
              "брат медичний, відповідальний за загальний догляд/сестра медична, відповідальна"
                  + " за загальний догляд");
      assertThat(first.getString("language")).isEqualTo("uk");
      assertThat(first.getBoolean("fallback")).isFalse();
    }
    // German readers find it by the Ukrainian word too, with the German label
    JsonObject forGerman = search("/api/v1/occupations", "медсестра", "de").getJsonObject(0);
    assertThat(forGerman.getString("uri")).isEqualTo(NURSE);
    assertThat(forGerman.getString("language")).isEqualTo("de");
  }

  @Test
  void showsAGermanLabelMarkedAsGermanWhereEscoHasNoArabicOne() {
    // ESCO 1.2.1 has Arabic labels only for the skills of its collections; baking is not among them
    JsonObject skill = search("/api/v1/skills", "Backwaren zubereiten", "ar").getJsonObject(0);
    assertThat(skill.getString("uri")).isEqualTo(EscoFixture.PREPARE_BAKERY_PRODUCTS);
    assertThat(skill.getString("language")).isEqualTo("de");
    assertThat(skill.getBoolean("fallback")).isTrue();
  }

  @Test
  void skillHitsHaveNoIscoCode() {
    JsonArray hits = search("/api/v1/skills", "Backwaren zubereiten", "de");

    assertThat(hits.getJsonObject(0).getString("uri"))
        .isEqualTo(EscoFixture.PREPARE_BAKERY_PRODUCTS);
    assertThat(hits.getJsonObject(0).containsKey("iscoCode")).isFalse();
  }

  @Test
  void listsTheSkillsOfAnOccupation() {
    String id = EscoFixture.BAKER.substring(EscoFixture.BAKER.lastIndexOf('/') + 1);
    HttpResponse<String> response = Http.get("/api/v1/occupations/" + id + "/skills?lang=de");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = Http.json(response);
    assertThat(body.getString("label")).isEqualTo("Bäcker/Bäckerin");
    assertThat(body.getJsonArray("essential").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("uri"))
        .contains(EscoFixture.PREPARE_BAKERY_PRODUCTS);
    assertThat(body.getJsonArray("optional")).isNotEmpty();
    assertThat(
            Http.get("/api/v1/occupations/00000000-0000-0000-0000-000000000000/skills")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void answersTooShortQueriesAndBadLimitsWithAProblem() {
    HttpResponse<String> tooShort = Http.get("/api/v1/skills?q=b&lang=de", "Accept-Language", "en");

    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = Http.json(tooShort);
    assertThat(problem.getString("type")).isEqualTo("urn:talentbruecke:problem:validation");
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("q");
    assertThat(error.getString("message")).isEqualTo("Please type at least 2 characters.");
    assertThat(Http.get("/api/v1/occupations?lang=de").statusCode()).isEqualTo(400);
    assertThat(Http.get("/api/v1/occupations?q=koch&limit=51").statusCode()).isEqualTo(400);
  }

  private static JsonArray search(String path, String q, String lang) {
    HttpResponse<String> response =
        Http.get(
            path
                + "?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&lang="
                + lang
                + "&limit=10");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonArray hits = reader.readArray();
      assertThat(hits).as("hits for " + q).isNotEmpty();
      return hits;
    }
  }

  private static java.util.List<String> labels(JsonArray hits) {
    return hits.getValuesAs(JsonObject.class).stream().map(h -> h.getString("label")).toList();
  }
}
