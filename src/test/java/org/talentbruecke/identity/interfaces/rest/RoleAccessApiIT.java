package org.talentbruecke.identity.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** Every role-specific endpoint answers 403 to the other roles and 401 to nobody. */
@ExtendWith(RunningApplication.class)
class RoleAccessApiIT {
  private static final List<String> ROLES = List.of("seeker", "employer", "staff", "admin");
  private static final Map<String, String> ENDPOINT_OWNER =
      Map.of(
          "/api/v1/admin/accounts", "admin",
          "/api/v1/organisations", "staff",
          "/api/v1/organisations/mine", "employer",
          "/api/v1/openings?mine=true", "employer");
  private static Map<String, String> tokens;

  @BeforeAll
  static void signInEveryRole() {
    tokens =
        Map.of(
            "seeker", Http.demoToken("seeker"),
            "employer", Http.demoToken("employer"),
            "staff", Http.demoToken("staff"),
            "admin", Http.demoToken("admin"));
  }

  @Test
  void onlyTheOwningRoleGetsIn() {
    ENDPOINT_OWNER.forEach(
        (path, owner) -> {
          for (String role : ROLES) {
            HttpResponse<String> response =
                Http.get(path, "Authorization", "Bearer " + tokens.get(role));
            if (role.equals(owner)) {
              assertThat(response.statusCode())
                  .as(role + " on " + path + ": " + response.body())
                  .isEqualTo(200);
            } else {
              assertThat(response.statusCode()).as(role + " on " + path).isEqualTo(403);
              assertThat(Http.json(response).getString("type"))
                  .isEqualTo("urn:talentbruecke:problem:forbidden");
            }
          }
          assertThat(Http.get(path).statusCode()).as("anonymous on " + path).isEqualTo(401);
        });
  }

  @Test
  void staffVerificationIsForStaffOnly() {
    for (String role : List.of("seeker", "employer", "admin")) {
      HttpResponse<String> response =
          Http.send(
              Http.request(
                      "/api/v1/organisations/1/verification",
                      "Authorization",
                      "Bearer " + tokens.get(role))
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(response.statusCode()).as(role).isEqualTo(403);
    }
  }
}
