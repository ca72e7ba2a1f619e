package org.talentbruecke.reference.application;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.language.Language;

/**
 * The languages offered by the product (languages.csv) with display names from the JDK and CSV
 * fallbacks.
 *
 * <p>The CSV only carries German and English names where the JDK 17 locale data has none or a
 * misleading one (for example Dari, Kurmanji, German Sign Language); every other name, in every UI
 * language, comes from {@link Locale#getDisplayLanguage(Locale)}.
 */
public final class LanguageCatalog {

  private final List<Language> languages;
  private final Map<String, Language> byCode;

  /**
   * The catalogue of these languages in this order; each two- and three-letter code may appear only
   * once. Read once at start-up by the reference context and injected (see {@code
   * reference.infrastructure.ReferenceCatalogs}).
   */
  public LanguageCatalog(List<Language> languages) {
    Map<String, Language> codes = new HashMap<>();
    for (Language language : languages) {
      for (String code : codesOf(language)) {
        if (codes.putIfAbsent(code, language) != null) {
          throw new IllegalArgumentException("duplicate language code " + code);
        }
      }
    }
    this.languages = List.copyOf(languages);
    this.byCode = Map.copyOf(codes);
  }

  private static List<String> codesOf(Language language) {
    return language
        .twoLetterCode()
        .map(two -> List.of(two, language.iso6393()))
        .orElse(List.of(language.iso6393()));
  }

  /** All languages in file order. */
  public List<Language> all() {
    return languages;
  }

  /** Finds a language by its ISO 639-1 or ISO 639-3 code, ignoring case. */
  public Optional<Language> byCode(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
  }

  /** Display name of a catalogued language in the given UI locale. */
  public String displayName(Language language, Locale uiLocale) {
    if (language.hasFallbackNames() && isGermanOrEnglish(uiLocale)) {
      return new LocalizedText(language.fallbackNameDe(), language.fallbackNameEn()).in(uiLocale);
    }
    Optional<String> jdk = jdkName(language.code(), uiLocale);
    if (jdk.isPresent()) {
      return jdk.get();
    }
    // English is the bridge language when the JDK has no name in the user's language.
    return language.hasFallbackNames()
        ? language.fallbackNameEn()
        : jdkName(language.code(), Locale.ENGLISH).orElse(language.code());
  }

  /**
   * Display name for any ISO 639 code; codes outside the catalogue fall back to the JDK, then to
   * the code.
   */
  public String displayName(String code, Locale uiLocale) {
    return byCode(code)
        .map(language -> displayName(language, uiLocale))
        .orElseGet(() -> jdkName(code, uiLocale).orElse(code));
  }

  /** The JDK's name for the code, empty when the JDK only echoes the code back. */
  static Optional<String> jdkName(String code, Locale uiLocale) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(uiLocale);
    return name.isBlank() || name.equalsIgnoreCase(code) ? Optional.empty() : Optional.of(name);
  }

  private static boolean isGermanOrEnglish(Locale locale) {
    return "de".equals(locale.getLanguage()) || "en".equals(locale.getLanguage());
  }
}
