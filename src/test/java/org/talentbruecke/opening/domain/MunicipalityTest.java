package org.talentbruecke.opening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 21 municipalities of Region Hannover, keyed by their official 8-digit AGS. */
class MunicipalityTest {
  @Test
  void regionHannoverHasTwentyOneMunicipalitiesWithHannoverFirst() {
    assertThat(Municipality.all()).hasSize(21);
    assertThat(Municipality.all().keySet()).allMatch(code -> code.matches("03241\\d{3}"));
    assertThat(Municipality.name("03241001")).hasValue("Hannover");
    assertThat(Municipality.name("03241021")).hasValue("Wunstorf");
    assertThat(Municipality.isKnown("03241022")).isFalse();
    assertThat(Municipality.isKnown("3241001")).isFalse();
  }
}
