package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CefrMentionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"Deutsch B2", "C1-Niveau", "(mind. B1)", "Niveau b1", "GER: A2", "B2+", "B1.2"})
  void recognisesLevels(String text) {
    assertThat(CefrMention.isPresentIn(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Führerschein Klasse C1",
        "direkt an der A2",
        "Führerschein C1E",
        "Raum B12",
        "b2b-Vertrieb"
      })
  void ignoresLookAlikes(String text) {
    assertThat(CefrMention.isPresentIn(text)).isFalse();
  }
}
