package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.Language;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

class LanguageCatalogTest {

  private static final Locale ARABIC = new Locale("ar");
  private static final Locale UKRAINIAN = new Locale("uk");
  private static final Locale TURKISH = new Locale("tr");
  private static final List<Locale> UI_LOCALES =
      List.of(Locale.GERMAN, Locale.ENGLISH, ARABIC, UKRAINIAN, TURKISH);

  private final LanguageCatalog catalog = ReferenceFiles.languages();

  @Test
  void jdkNamesTheMainMigrationLanguagesInGerman() {
    assertThat(LanguageCatalog.jdkName("ar", Locale.GERMAN)).contains("Arabisch");
    assertThat(LanguageCatalog.jdkName("uk", Locale.GERMAN)).contains("Ukrainisch");
    assertThat(LanguageCatalog.jdkName("tr", Locale.GERMAN)).contains("Türkisch");
    assertThat(LanguageCatalog.jdkName("fa", Locale.GERMAN)).contains("Persisch");
  }

  @Test
  void jdk17HasNoNamesForTheCodesThatCarryFallbacks() {
    // Documents why these rows exist; if a newer JDK adds names, the fallbacks may be reconsidered.
    for (String code : List.of("prs", "kmr", "aii", "gsg")) {
      assertThat(LanguageCatalog.jdkName(code, Locale.GERMAN)).as(code).isEmpty();
      assertThat(catalog.byCode(code).orElseThrow().hasFallbackNames()).as(code).isTrue();
    }
  }

  @Test
  void languagesWithoutFallbackAreNamedByTheJdkInGermanAndEnglish() {
    for (Language language : catalog.all()) {
      if (!language.hasFallbackNames()) {
        assertThat(LanguageCatalog.jdkName(language.code(), Locale.GERMAN))
            .as(language.code())
            .isPresent();
        assertThat(LanguageCatalog.jdkName(language.code(), Locale.ENGLISH))
            .as(language.code())
            .isPresent();
      }
    }
  }

  @Test
  void threeLetterCodesAgreeWithTheJdk() {
    for (Language language : catalog.all()) {
      language
          .twoLetterCode()
          .ifPresent(
              two ->
                  assertThat(Locale.forLanguageTag(two).getISO3Language())
                      .as(two)
                      .isEqualTo(language.iso6393()));
    }
  }

  @Test
  void coversTheLanguagesTheProductNeeds() {
    for (String code :
        List.of(
            "de", "en", "ar", "uk", "tr", "fa", "prs", "ru", "pl", "ro", "ti", "ku", "kmr", "ckb",
            "ps", "so", "fr", "es", "it", "el", "bg", "sr", "hr", "bs", "sq", "vi", "zh", "hi",
            "ur", "bn", "ta", "pt", "am", "om", "syr")) {
      assertThat(catalog.byCode(code)).as(code).isPresent();
    }
    assertThat(catalog.byCode("PUS")).map(Language::code).contains("ps");
  }

  @Test
  void displayNamesExistForEveryLanguageInEveryUiLocale() {
    for (Language language : catalog.all()) {
      for (Locale ui : UI_LOCALES) {
        String name = catalog.displayName(language, ui);
        assertThat(name)
            .as(language.code() + " in " + ui)
            .isNotBlank()
            .isNotEqualTo(language.code());
      }
    }
  }

  @Test
  void fallbacksAndJdkNamesAreCombinedSensibly() {
    assertThat(catalog.displayName("prs", Locale.GERMAN)).isEqualTo("Dari");
    assertThat(catalog.displayName("prs", ARABIC)).isEqualTo("Dari");
    assertThat(catalog.displayName("ckb", Locale.ENGLISH)).isEqualTo("Kurdish (Sorani)");
    assertThat(catalog.displayName("ckb", ARABIC))
        .isEqualTo(LanguageCatalog.jdkName("ckb", ARABIC).orElseThrow());
    assertThat(catalog.displayName("ar", UKRAINIAN)).isEqualTo("арабська");
    assertThat(catalog.displayName("xx", Locale.GERMAN)).isEqualTo("xx");
  }
}
