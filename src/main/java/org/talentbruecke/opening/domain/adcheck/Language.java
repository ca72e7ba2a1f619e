package org.talentbruecke.opening.domain.adcheck;

import java.util.Locale;
import java.util.Optional;

/** A language the ad check can match ads in and explain its findings in. */
public enum Language {
  DE("de"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** ISO 639-1 code, lower case. */
  public String tag() {
    return tag;
  }

  /** The locale of this language, for reading texts held as {@code LocalizedText}. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * Reads a language tag such as "de", "EN" or "de-DE".
   *
   * @return empty for null, blank or any language without a rule set
   */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    // Region and script suffixes don't change which rule set applies.
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.tag.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
