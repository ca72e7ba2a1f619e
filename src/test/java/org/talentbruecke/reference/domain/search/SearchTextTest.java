package org.talentbruecke.reference.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding of case, umlauts and accents, and word splitting. */
class SearchTextTest {

  @Test
  void writesOutUmlautsAndSharpS() {
    assertThat(SearchText.fold("Bäcker/Bäckerin")).isEqualTo("baecker/baeckerin");
    assertThat(SearchText.fold("ÄÖÜ")).isEqualTo("aeoeue");
    assertThat(SearchText.fold("Straße"))
        .isEqualTo(SearchText.fold("STRASSE"))
        .isEqualTo("strasse");
  }

  @Test
  void removesOtherAccents() {
    assertThat(SearchText.fold("Café Crème, Ñandú")).isEqualTo("cafe creme, nandu");
  }

  @Test
  void splitsIntoWordsAtSlashesHyphensAndSpaces() {
    assertThat(
            SearchText.words("Gesundheits- und Krankenpfleger/Gesundheits- und Krankenschwester"))
        .containsExactly(
            "gesundheits", "und", "krankenpfleger", "gesundheits", "und", "krankenschwester");
  }

  @Test
  void keepsProgrammingLanguageNamesWhole() {
    assertThat(SearchText.words("C++ und C#")).containsExactly("c++", "und", "c#");
  }

  @Test
  void textWithoutLettersHasNoWords() {
    assertThat(SearchText.words(" -/ ")).isEmpty();
  }
}
