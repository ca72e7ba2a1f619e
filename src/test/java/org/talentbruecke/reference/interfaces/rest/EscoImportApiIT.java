package org.talentbruecke.reference.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/**
 * Imports a real-format ESCO export through the admin API: twice with the same result, and a broken
 * one that is rejected with file and line and changes nothing.
 */
@ExtendWith(RunningApplication.class)
class EscoImportApiIT {
  private static final String ENDPOINT = "/api/v1/admin/reference/esco";
  private static final Path WORK = Path.of("target", "esco-import-it");

  @Test
  void importsTheFixtureAndReimportsItWithoutDuplicates() throws IOException {
    String admin = Http.demoToken("admin");
    Path zip = EscoZips.fixture(WORK);

    JsonObject first = Http.json(upload(zip, admin, 200));
    JsonObject second = Http.json(upload(zip, admin, 200));

    JsonObject read = first.getJsonObject("read");
    assertThat(read.getInt("occupations")).isPositive();
    assertThat(read.getInt("skills")).isPositive();
    assertThat(first.getString("escoVersion")).isEqualTo("1.2.0");
    assertThat(second.getJsonObject("stored"))
        .as("same counts after the second import")
        .isEqualTo(first.getJsonObject("stored"));
    JsonObject written = second.getJsonObject("written");
    int concepts =
        read.getInt("skills")
            + read.getInt("occupations")
            + read.getInt("iscoGroups")
            + read.getInt("skillGroups");
    assertThat(written.getInt("conceptsInserted")).isZero();
    assertThat(written.getInt("conceptsUpdated")).isEqualTo(concepts);
    assertThat(written.getInt("relationsWritten")).as("nothing new the second time").isZero();
    assertThat(overview(admin).getJsonArray("imports").getJsonObject(0).getString("outcome"))
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void rejectsABrokenLineNamingFileAndLineAndChangesNothing() throws IOException {
    String admin = Http.demoToken("admin");
    JsonObject before = overview(admin).getJsonObject("stored");
    Path zip =
        EscoZips.fixtureWithBrokenLine(
            WORK, "occupationSkillRelations.csv", 3, ",essential,", ",mandatory,");

    HttpResponse<String> response = upload(zip, admin, 400);

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = Http.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:talentbruecke:problem:validation");
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("file")).isEqualTo("occupationSkillRelations.csv");
    assertThat(error.getInt("line")).isEqualTo(3);
    assertThat(error.getString("message")).contains("mandatory");
    JsonObject after = overview(admin);
    assertThat(after.getJsonObject("stored")).isEqualTo(before);
    assertThat(after.getJsonArray("imports").getJsonObject(0).getString("outcome"))
        .isEqualTo("REJECTED");
  }

  @Test
  void onlyAdministratorsMayImport() throws IOException {
    Path zip = EscoZips.fixture(WORK);
    String admin = Http.demoToken("admin");
    int imports = overview(admin).getJsonArray("imports").size();

    assertThat(Http.json(upload(zip, Http.demoToken("staff"), 403)).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:forbidden");
    assertUnauthorized(Http.get(ENDPOINT));
    assertUnauthorized(send(zip, null));
    assertThat(overview(admin).getJsonArray("imports").size())
        .as("no import ran")
        .isEqualTo(imports);
  }

  private static void assertUnauthorized(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.json(response).getString("type"))
        .isEqualTo("urn:talentbruecke:problem:unauthorized");
  }

  private static JsonObject overview(String token) {
    HttpResponse<String> response = Http.get(ENDPOINT, "Authorization", "Bearer " + token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static HttpResponse<String> upload(Path zip, String token, int expectedStatus)
      throws IOException {
    HttpResponse<String> response = send(zip, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return response;
  }

  private static HttpResponse<String> send(Path zip, String token) throws IOException {
    HttpRequest.Builder request =
        Http.request(ENDPOINT + "?source=" + zip.getFileName())
            .header("Content-Type", "application/zip")
            .timeout(java.time.Duration.ofMinutes(3))
            .POST(HttpRequest.BodyPublishers.ofFile(zip));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Http.send(request.build());
  }
}
