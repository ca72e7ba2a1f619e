package org.talentbruecke.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelLanguagesTest {
  private static final Map<String, String> GERMAN_AND_ENGLISH =
      Map.of("de", "Pflegefachkraft", "en", "nurse");

  @Test
  void aReaderGetsTheirLanguageThenGermanThenEnglish() {
    assertThat(LabelLanguages.forReader("ar")).containsExactly("ar", "de", "en");
    assertThat(LabelLanguages.forReader("de")).containsExactly("de", "en");
    assertThat(LabelLanguages.forReader("en")).containsExactly("en", "de");
  }

  @Test
  void besideGermanEnglishComesBeforeGerman() {
    assertThat(LabelLanguages.besideGerman("uk")).containsExactly("uk", "en", "de");
    assertThat(LabelLanguages.besideGerman("en")).containsExactly("en", "de");
  }

  @Test
  void theLabelKeepsTheLanguageItIsIn() {
    assertThat(
            LabelLanguages.pick(
                Map.of("ar", "ممرض", "de", "Pflegefachkraft"), LabelLanguages.forReader("ar")))
        .contains(new LocalizedLabel("ممرض", "ar"));
    assertThat(LabelLanguages.pick(GERMAN_AND_ENGLISH, LabelLanguages.forReader("uk")))
        .contains(new LocalizedLabel("Pflegefachkraft", "de"));
    assertThat(LabelLanguages.pick(GERMAN_AND_ENGLISH, LabelLanguages.forReader("en")))
        .contains(new LocalizedLabel("nurse", "en"));
    assertThat(LabelLanguages.pick(Map.of("fr", "infirmier"), LabelLanguages.forReader("de")))
        .isEmpty();
  }
}
