package org.talentbruecke.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.identity.application.CommonPasswords;
import org.talentbruecke.identity.domain.PasswordPolicy.Violation;

class PasswordPolicyTest {
  private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.load());

  @Test
  void acceptsALongUncommonPassphrase() {
    assertThat(policy.check("Lindenblüten am Maschsee 7", "amina@example.org")).isEmpty();
  }

  @Test
  void refusesShortPasswordsCountingCharactersNotBytes() {
    assertThat(policy.check("kurz", "a@b.de")).contains(Violation.TOO_SHORT);
    assertThat(policy.check(null, "a@b.de")).contains(Violation.TOO_SHORT);
    // 11 characters, though more than 12 bytes in UTF-8
    assertThat(policy.check("äöüäöüäöüäö", "a@b.de")).contains(Violation.TOO_SHORT);
  }

  @Test
  void refusesOverlongPasswords() {
    assertThat(policy.check("x".repeat(10_000), "a@b.de")).contains(Violation.TOO_LONG);
  }

  @Test
  void refusesCommonPasswordsFromTheShippedList() {
    assertThat(policy.check("passwort1234", "a@b.de")).contains(Violation.COMMON);
    assertThat(policy.check("123456789012", "a@b.de")).contains(Violation.COMMON);
    assertThat(policy.check("QWERTZUIOP123", "a@b.de")).contains(Violation.COMMON);
  }

  @Test
  void refusesACommonStemWithDigitsAppended() {
    PasswordPolicy small = new PasswordPolicy(Set.of("hannover"));
    assertThat(small.check("hannover2026!!", "a@b.de")).contains(Violation.COMMON);
  }

  @Test
  void refusesPasswordsContainingTheEmailName() {
    assertThat(policy.check("amina.haddad-secret-9", "amina.haddad@example.org"))
        .contains(Violation.CONTAINS_EMAIL);
  }

  @Test
  void shippedListIsLoadedAndLowerCase() {
    Set<String> list = CommonPasswords.load();
    assertThat(list)
        .hasSizeGreaterThan(200)
        .contains("passwort", "qwertz")
        .allMatch(p -> p.equals(p.toLowerCase()));
  }
}
