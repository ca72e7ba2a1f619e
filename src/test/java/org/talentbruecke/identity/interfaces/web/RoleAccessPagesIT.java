package org.talentbruecke.identity.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.RunningApplication;

/** Each role sees its own pages and the friendly 403 page on everybody else's. */
@ExtendWith(RunningApplication.class)
class RoleAccessPagesIT {
  private static final Map<String, String> HOME =
      Map.of(
          "seeker", "/seeker/index.xhtml",
          "employer", "/employer/index.xhtml",
          "staff", "/staff/index.xhtml",
          "admin", "/admin/index.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"seeker", "employer", "staff", "admin"})
  void roleSeesOwnPagesAndIsRefusedElsewhere(String role) {
    try (Browser browser = Browser.open("de-DE")) {
      browser.signIn(role + "@demo.test", Demo.PASSWORD);
      assertThat(browser.path()).isEqualTo(HOME.get(role));
      HOME.forEach(
          (other, page) -> {
            browser.go(page);
            if (other.equals(role)) {
              assertThat(browser.text("h1")).as(page).isNotEqualTo("Kein Zugriff");
            } else {
              assertThat(browser.text("h1")).as(role + " on " + page).isEqualTo("Kein Zugriff");
            }
          });
    }
  }
}
