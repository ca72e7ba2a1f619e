package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * The optional ar/uk/tr columns: loaded when present, checked row by row, not needed in older
 * files.
 */
class TranslationColumnsTest {

  @Test
  void allFiveLanguagesAreLoaded() {
    LocalizedText text =
        BilingualTextTable.load("test-five-languages.csv").find("apply").orElseThrow();
    assertThat(text.in(Locale.GERMAN)).isEqualTo("Antrag bei {body}.");
    assertThat(text.in(Locale.ENGLISH)).isEqualTo("Apply to {body}.");
    assertThat(text.in(new Locale("ar"))).isEqualTo("قدِّم طلبك إلى {body}.");
    assertThat(text.in(new Locale("uk"))).isEqualTo("Подайте заяву до {body}.");
    assertThat(text.in(new Locale("tr"))).isEqualTo("Şu kuruma başvurun: {body}.");
  }

  @Test
  void aFileWithoutFurtherColumnsStillLoadsAndFallsBackToEnglish() {
    LocalizedText text =
        BilingualTextTable.load("test-bilingual-only.csv").find("apply").orElseThrow();
    assertThat(text.translations()).isEmpty();
    assertThat(text.in(new Locale("ar"))).isEqualTo("Apply to {body}.");
    assertThat(text.in(Locale.GERMAN)).isEqualTo("Antrag bei {body}.");
  }

  @Test
  void onlyTheColumnsPresentAreRequired() {
    LocalizedText text =
        BilingualTextTable.load("test-ukrainian-only.csv").find("apply").orElseThrow();
    assertThat(text.translations()).containsOnlyKeys("uk");
    assertThat(text.in(new Locale("uk"))).isEqualTo("Подайте заяву до {body}.");
    assertThat(text.in(new Locale("tr"))).isEqualTo("Apply to {body}.");
  }

  @Test
  void aBlankTranslationIsRejectedNamingFileLineAndColumn() {
    assertThatThrownBy(() -> BilingualTextTable.load("test-translation-missing.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("/reference/test-translation-missing.csv line 3")
        .hasMessageContaining("'uk'");
  }

  @Test
  void aDroppedPlaceholderIsRejectedNamingFileLineAndColumn() {
    assertThatThrownBy(() -> BilingualTextTable.load("test-translation-placeholder.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("/reference/test-translation-placeholder.csv line 4")
        .hasMessageContaining("'ar'")
        .hasMessageContaining("{body}");
  }

  @Test
  void theEnglishTextMustKeepTheGermanPlaceholdersToo() {
    assertThatThrownBy(() -> BilingualTextTable.load("test-english-placeholder.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'en'")
        .hasMessageContaining("{bdy}");
  }

  @Test
  void aProfessionGroupWithoutOneExplanationIsRejectedNamingTheLine() {
    CsvTable table = CsvTable.load("test-groups-missing-translation.csv");
    assertThat(
            RecognitionCsv.group(table, table.records().get(0)).explanation().in(new Locale("tr")))
        .startsWith("Approbation");
    assertThatThrownBy(() -> RecognitionCsv.group(table, table.records().get(1)))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("/reference/test-groups-missing-translation.csv line 3")
        .hasMessageContaining("'explanation_tr'");
  }
}
