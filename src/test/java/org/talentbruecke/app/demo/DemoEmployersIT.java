package org.talentbruecke.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.domain.geo.Municipality;

/** Demo mode fills the region: published openings with ESCO occupations in every municipality. */
@ExtendWith(RunningApplication.class)
class DemoEmployersIT {

  private static JsonArray published(String query) {
    HttpResponse<String> response = Http.get("/api/v1/openings" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  @Test
  void everyMunicipalityHasPublishedOpeningsInEscoOccupations() {
    for (Municipality municipality : ShippedCatalogs.municipalities().all()) {
      JsonArray openings = published("?municipality=" + municipality.ags());
      assertThat(openings).as("openings in " + municipality.name()).isNotEmpty();
      // Other tests publish openings without an occupation in the same server: at least one has
      // one.
      assertThat(openings)
          .anySatisfy(
              o -> {
                JsonObject requirements = o.asJsonObject().getJsonObject("requirements");
                assertThat(requirements.isNull("occupation")).isFalse();
                assertThat(requirements.getString("occupation"))
                    .startsWith("http://data.europa.eu/esco/occupation/");
              });
    }
  }

  @Test
  void theDemoEmployerHasANursingOpeningThatTakesPeopleInTheirAdaptationPeriod() {
    String employer = Http.demoToken("employer");
    JsonArray mine =
        Json.createReader(
                new StringReader(
                    Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                        .body()))
            .readArray();
    JsonObject nursing =
        mine.stream()
            .map(v -> v.asJsonObject())
            .filter(
                o -> o.getString("title").equals("Pflegefachkraft (m/w/d) in der Langzeitpflege"))
            .findFirst()
            .orElseThrow();
    JsonObject requirements = nursing.getJsonObject("requirements");
    assertThat(nursing.getString("status")).isEqualTo("PUBLISHED");
    assertThat(requirements.getString("occupation")).isEqualTo(DemoProfile.NURSE);
    assertThat(requirements.getString("occupationRegulation")).isEqualTo("REGULATED");
    assertThat(requirements.getString("recognition")).isEqualTo("IN_PROGRESS_ACCEPTED");
    assertThat(requirements.getJsonArray("mustHaveSkills")).hasSize(2);
  }
}
