package org.talentbruecke.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RunningApplication;

/** The imprint shows the operator's details from the configuration, not a placeholder. */
@ExtendWith(RunningApplication.class)
class ImprintIT {
  @Test
  void theImprintShowsTheConfiguredOperator() {
    HttpResponse<String> page = Http.get("/imprint.xhtml", "Accept-Language", "de");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Wirtschaftsförderung Musterregion (Demo)")
        .contains("Musterstraße 1, 30159 Hannover")
        .contains("Erika Mustermann (Demo)")
        .contains("href=\"mailto:impressum@demo.test\"")
        .contains("+49 511 000000")
        .contains("Dies ist eine Demo-Installation.")
        .doesNotContain("Bitte tragen Sie hier Anschrift")
        .doesNotContain("imprintNotConfigured");
  }
}
