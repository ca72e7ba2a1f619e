package org.talentbruecke.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.reference.ShippedCatalogs;

/**
 * In demo mode the server generates the default 200 job seekers after the ESCO import; none of them
 * can sign in.
 */
@ExtendWith(RunningApplication.class)
class DemoSeekersIT {

  private static Optional<String> generatedLine() throws Exception {
    return Files.readAllLines(RunningApplication.server().log()).stream()
        .filter(l -> l.contains("demo job seekers (0 to 199, seed 2026)"))
        .findFirst();
  }

  @Test
  void twoHundredSeekersAreGeneratedAndCannotSignIn() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (generatedLine().isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
    }
    assertThat(generatedLine())
        .hasValueSatisfying(l -> assertThat(l).contains("Generated 200 demo job seekers"));

    // Name and e-mail are drawn before the occupation, so any occupation list gives person 0's
    // address.
    DemoOccupation any = new DemoOccupation("urn:x", "2221", "x", List.of("a", "b", "c"));
    String email =
        new DemoSeekerGenerator(
                2026,
                List.of(any),
                DemoSeekers.municipalities(ShippedCatalogs.municipalities()),
                LocalDate.now())
            .seeker(0)
            .email();
    // The account exists: registering the address again is refused as taken …
    String registration =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "Ein ganz neues Passwort 2026")
            .add("displayName", "Someone Else")
            .add("role", "JOB_SEEKER")
            .add("privacyAccepted", true)
            .build()
            .toString();
    HttpResponse<String> taken =
        Http.postJson("/api/v1/accounts", registration, "X-Forwarded-For", "198.51.100.78");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(400);
    assertThat(Http.json(taken).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("code"))
        .containsExactly("validation.email.taken");
    // … but it cannot sign in, not even with the password of the demo accounts.
    String login =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", Demo.PASSWORD)
            .build()
            .toString();
    HttpResponse<String> refused =
        Http.postJson("/api/v1/auth/token", login, "X-Forwarded-For", "198.51.100.77");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
  }
}
