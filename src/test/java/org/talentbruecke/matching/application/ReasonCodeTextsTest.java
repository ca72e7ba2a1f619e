package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Codes among a reason's arguments read as words in the API as on the pages. */
class ReasonCodeTextsTest {
  @Test
  void recognitionClassesAndRegulationsHaveWordsInEveryLanguage() {
    for (String language : new String[] {"de", "en", "ar", "uk", "tr"}) {
      Locale locale = Locale.forLanguageTag(language);
      assertThat(ReasonCodeTexts.word(locale, "ROUTE_PLANNED")).as(language).isNotBlank();
      assertThat(ReasonCodeTexts.word(locale, "ACTIVITY_REGULATED")).as(language).isNotBlank();
      assertThat(ReasonCodeTexts.word(locale, "FULL_TIME")).as(language).isNotBlank();
    }
    assertThat(ReasonCodeTexts.word(Locale.ENGLISH, "ROUTE_PLANNED"))
        .isEqualTo("compensation measure planned");
  }

  @Test
  void whatIsNoCodeHasNoWord() {
    assertThat(ReasonCodeTexts.word(Locale.ENGLISH, "B2")).isNull();
    assertThat(ReasonCodeTexts.word(Locale.ENGLISH, "NOT_A_CODE_ANYWHERE")).isNull();
  }
}
