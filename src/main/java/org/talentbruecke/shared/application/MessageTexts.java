package org.talentbruecke.shared.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts from the resource bundles in the interface languages, for every layer that writes for
 * people outside a Faces page: API answers, PDFs, mails. It lives here, not in the web layer, so
 * that application services and REST resources need nothing from {@code interfaces.web}.
 */
public final class MessageTexts {
  public static final String BUNDLE = "i18n.messages";
  public static final Locale DEFAULT_LOCALE = Locale.GERMAN;

  /** The interface languages, German first because it is the default. */
  public static final List<Locale> SUPPORTED =
      List.of(
          Locale.GERMAN,
          Locale.ENGLISH,
          Locale.forLanguageTag("ar"),
          Locale.forLanguageTag("uk"),
          Locale.forLanguageTag("tr"));

  // The base bundle is German; without this control a server running in another default
  // locale would fall back to that locale's bundle instead.
  private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private MessageTexts() {}

  /** The text of {@code key} in {@code locale}, arguments filled in; the key itself if missing. */
  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments == null || arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, supportedOrDefault(locale), NO_FALLBACK_TO_JVM_LOCALE);
  }

  public static Locale supportedOrDefault(Locale requested) {
    if (requested == null) {
      return DEFAULT_LOCALE;
    }
    return SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(requested.getLanguage()))
        .findFirst()
        .orElse(DEFAULT_LOCALE);
  }

  /** Matches a language tag from a URL or a profile to a supported locale, if any. */
  public static Optional<Locale> supported(String languageTag) {
    if (languageTag == null || languageTag.isBlank() || languageTag.length() > 16) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(languageTag.trim()).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }
}
