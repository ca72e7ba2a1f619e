package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternSafetyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\bjunge[snmr]?\\s{1,3}Team\\b",
        "\\p{L}{0,30}",
        "[*+]{1,2}",
        "a{3}",
        "(?:ab){0,2}?",
        "a{1,3}+",
        "(?<!nicht\\s{1,3})x",
        "\\+49",
        "\\x{41}"
      })
  void acceptsBoundedPatterns(String regex) {
    assertThatCode(() -> PatternSafety.requireBounded(regex)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a*", "\\s+", "(a|b)+c", "a{2,}", "[a-z]*?", "\\p{L}+", "\\Q*\\E"})
  void rejectsUnboundedPatterns(String regex) {
    assertThatThrownBy(() -> PatternSafety.requireBounded(regex))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
