package org.talentbruecke.identity.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.domain.EmailAddress;

class WebLoginTest {
  private final Account seeker =
      new Account(new EmailAddress("s@example.org"), "S", "hash", Role.JOB_SEEKER, Instant.EPOCH);

  @Test
  void followsLocalPageTargets() {
    assertThat(WebLogin.safeTarget("/account/index.xhtml", seeker))
        .isEqualTo("/account/index.xhtml");
    assertThat(WebLogin.safeTarget("/seeker/index.xhtml?step=2", seeker))
        .isEqualTo("/seeker/index.xhtml?step=2");
  }

  @Test
  void neverRedirectsElsewhere() {
    assertThat(WebLogin.safeTarget("//evil.example/x.xhtml", seeker))
        .isEqualTo("/seeker/index.xhtml");
    assertThat(WebLogin.safeTarget("https://evil.example/", seeker))
        .isEqualTo("/seeker/index.xhtml");
    assertThat(WebLogin.safeTarget("/../admin/index.xhtml", seeker))
        .isEqualTo("/seeker/index.xhtml");
    assertThat(WebLogin.safeTarget(null, seeker)).isEqualTo("/seeker/index.xhtml");
  }
}
