package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * The ad check explains its findings in all five interface languages through {@link LocalizedText}
 * (issue 10, decision 030), and a missing translation stops loading with file, line and column.
 */
class RuleTextTranslationsTest {

  private static final List<String> LANGUAGES = List.of("de", "en", "ar", "uk", "tr");
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  @Test
  void everyShippedRuleHasReasonAndSuggestionInAllFiveLanguages() {
    for (AdRule rule : RuleSet.standard().rules()) {
      assertFiveLanguages(rule.id() + " reason", rule.reason());
      assertFiveLanguages(rule.id() + " suggestion", rule.suggestion());
    }
  }

  @Test
  void arabicUkrainianAndTurkishReadersGetTheirOwnLanguageNotGerman() {
    AdText ad = new AdText("", "Wir sind ein junges Team.", "de");
    AdCheck check = AdCheck.standard();

    Finding german = check.checkFor(ad, Locale.GERMAN).get(0);
    Finding arabic = check.checkFor(ad, Locale.forLanguageTag("ar")).get(0);
    Finding ukrainian = check.checkFor(ad, Locale.forLanguageTag("uk-UA")).get(0);
    Finding turkish = check.checkFor(ad, Locale.forLanguageTag("tr")).get(0);

    assertThat(arabic.reason()).containsPattern(ARABIC).isNotEqualTo(german.reason());
    assertThat(arabic.suggestion()).containsPattern(ARABIC);
    assertThat(ukrainian.reason()).containsPattern(CYRILLIC);
    assertThat(ukrainian.suggestion()).containsPattern(CYRILLIC);
    assertThat(turkish.reason()).contains("ekip").isNotEqualTo(german.reason());
    assertThat(List.of(arabic, ukrainian, turkish))
        .allSatisfy(f -> assertThat(f.phrase()).isEqualTo(german.phrase()));
  }

  @Test
  void aReaderWithoutTranslationsGetsEnglish() {
    Finding french =
        AdCheck.standard()
            .checkFor(new AdText("", "Wir sind ein junges Team.", "de"), Locale.FRENCH)
            .get(0);

    assertThat(french.reason()).contains("young");
  }

  @Test
  void aBlankTranslationStopsLoadingWithFileLineAndColumn() {
    String rules =
        "# a comment line\n"
            + "id,category,severity,scope,condition,window,reason_de,suggestion_de,"
            + "reason_en,suggestion_en,reason_uk,suggestion_uk\n"
            + "FIRST,AGE,AGG_RISK,ANY,NONE,0,Grund,Vorschlag,Reason,Suggestion,Причина,Порада\n"
            + "SECOND,AGE,AGG_RISK,ANY,NONE,0,Grund,Vorschlag,Reason,Suggestion,Причина, \n";
    String patterns = "rule,lang,pattern\nFIRST,de,jung\nSECOND,de,alt\n";

    assertThatThrownBy(
            () ->
                RuleSet.load(
                    new StringReader(rules),
                    new StringReader(patterns),
                    new StringReader("name,pattern\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules.csv line 4")
        .hasMessageContaining("suggestion_uk");
  }

  private static void assertFiveLanguages(String what, LocalizedText text) {
    for (String language : LANGUAGES) {
      assertThat(text.exactly(language)).as(what + " in " + language).isPresent();
    }
    assertThat(text.exactly("ar").orElseThrow()).as(what + " ar").containsPattern(ARABIC);
    assertThat(text.exactly("uk").orElseThrow()).as(what + " uk").containsPattern(CYRILLIC);
    assertThat(text.exactly("tr").orElseThrow())
        .as(what + " tr")
        .doesNotContainPattern(ARABIC)
        .doesNotContainPattern(CYRILLIC)
        .isNotEqualTo(text.de());
  }
}
