package org.talentbruecke.reference.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short text held in German and English, the two languages every reference data set must carry,
 * plus optional translations into further interface languages (Arabic, Ukrainian, Turkish, …).
 *
 * @param de German text, never blank
 * @param en English text, never blank
 * @param translations further translations keyed by ISO 639-1 language code (lower case, neither de
 *     nor en), each non-blank; may be empty
 */
public record LocalizedText(String de, String en, Map<String, String> translations) {

  /**
   * The interface languages besides German and English that reference data may carry, in column
   * order.
   */
  public static final List<String> FURTHER_LANGUAGES = List.of("ar", "uk", "tr");

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");

  public LocalizedText {
    requireText(de, "de");
    requireText(en, "en");
    Objects.requireNonNull(translations, "translations");
    for (Map.Entry<String, String> entry : translations.entrySet()) {
      String language = entry.getKey();
      if (language == null
          || !LANGUAGE.matcher(language).matches()
          || "de".equals(language)
          || "en".equals(language)) {
        throw new IllegalArgumentException(
            "LocalizedText: not a further language code: " + language);
      }
      requireText(entry.getValue(), language);
    }
    translations = Map.copyOf(translations);
  }

  /** A text in German and English only; every other locale gets the English text. */
  public LocalizedText(String de, String en) {
    this(de, en, Map.of());
  }

  /**
   * Returns the German text for a German locale, the translation into the locale's language when
   * there is one, and the English text otherwise, because English is the project's bridge language
   * for users whose language has no data yet.
   */
  public String in(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (isGerman(locale)) {
      return de;
    }
    return translations.getOrDefault(locale.getLanguage(), en);
  }

  /**
   * The text in exactly this language (de, en or a further language), without falling back to
   * English.
   */
  public Optional<String> exactly(String language) {
    Objects.requireNonNull(language, "language");
    return switch (language) {
      case "de" -> Optional.of(de);
      case "en" -> Optional.of(en);
      default -> Optional.ofNullable(translations.get(language));
    };
  }

  /** The placeholders such as {body} that a text template contains, each once, sorted. */
  public static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** True when the locale's language is German, whatever its country. */
  public static boolean isGerman(Locale locale) {
    return "de".equals(locale.getLanguage());
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("LocalizedText." + field + " must not be blank");
    }
  }
}
