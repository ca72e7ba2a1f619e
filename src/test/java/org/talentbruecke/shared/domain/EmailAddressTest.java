package org.talentbruecke.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  @Test
  void normalisesCaseAndSpaces() {
    assertThat(new EmailAddress("  Amina.Haddad@Example.ORG ").value())
        .isEqualTo("amina.haddad@example.org");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "no-at-sign",
        "two@@example.org",
        "a@b",
        "<script>@x.de",
        "x'; DROP TABLE ACCOUNT;--@example.org",
        "a b@example.org"
      })
  void refusesMalformedAddresses(String candidate) {
    assertThat(EmailAddress.isValid(candidate)).isFalse();
    assertThatThrownBy(() -> new EmailAddress(candidate))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesOverlongAddresses() {
    assertThat(EmailAddress.isValid("a".repeat(60) + "@" + "b".repeat(200) + ".de")).isFalse();
  }
}
