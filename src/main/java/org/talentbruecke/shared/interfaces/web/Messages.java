package org.talentbruecke.shared.interfaces.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.talentbruecke.shared.application.MessageTexts;

/**
 * Texts from the resource bundles for the web layer. The lookup itself is {@link MessageTexts} in
 * {@code shared.application}, which API answers and PDFs use directly; this class only delegates so
 * that pages keep one familiar name.
 */
public final class Messages {
  public static final String BUNDLE = MessageTexts.BUNDLE;
  public static final Locale DEFAULT_LOCALE = MessageTexts.DEFAULT_LOCALE;

  /** The interface languages, German first because it is the default. */
  public static final List<Locale> SUPPORTED = MessageTexts.SUPPORTED;

  private Messages() {}

  public static String format(Locale locale, String key, Object... arguments) {
    return MessageTexts.format(locale, key, arguments);
  }

  public static ResourceBundle bundle(Locale locale) {
    return MessageTexts.bundle(locale);
  }

  public static Locale supportedOrDefault(Locale requested) {
    return MessageTexts.supportedOrDefault(requested);
  }

  /** Matches a language tag from a URL or a profile to a supported locale, if any. */
  public static Optional<Locale> supported(String languageTag) {
    return MessageTexts.supported(languageTag);
  }
}
