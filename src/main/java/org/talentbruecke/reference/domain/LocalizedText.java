package org.talentbruecke.reference.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text held in German and English, the two languages every reference data set must carry.
 *
 * @param de German text, never blank
 * @param en English text, never blank
 */
public record LocalizedText(String de, String en) {

    public LocalizedText {
        requireText(de, "de");
        requireText(en, "en");
    }

    /**
     * Returns the German text for a German locale and the English text for every other locale,
     * because English is the project's bridge language for users whose language has no data yet.
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return isGerman(locale) ? de : en;
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
