package org.talentbruecke.reference.domain.language;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language the product offers for profiles and openings, identified by ISO 639 codes.
 *
 * @param iso6391 two-letter ISO 639-1 code, or null when the language has none (e.g. Dari "prs")
 * @param iso6393 three-letter ISO 639-3 code (macrolanguage code where one exists, e.g. "fas")
 * @param fallbackNameDe German name to use instead of the JDK's, or null to use the JDK's
 * @param fallbackNameEn English name to use instead of the JDK's, or null to use the JDK's
 */
public record Language(
    String iso6391, String iso6393, String fallbackNameDe, String fallbackNameEn) {

  private static final Pattern TWO = Pattern.compile("[a-z]{2}");
  private static final Pattern THREE = Pattern.compile("[a-z]{3}");

  public Language {
    Objects.requireNonNull(iso6393, "iso6393");
    if (!THREE.matcher(iso6393).matches()) {
      throw new IllegalArgumentException("ISO 639-3 code must be 3 lower-case letters: " + iso6393);
    }
    if (iso6391 != null && !TWO.matcher(iso6391).matches()) {
      throw new IllegalArgumentException("ISO 639-1 code must be 2 lower-case letters: " + iso6391);
    }
    if ((fallbackNameDe == null) != (fallbackNameEn == null)) {
      throw new IllegalArgumentException("fallback names come in pairs (de and en): " + iso6393);
    }
  }

  /**
   * The code the product stores: ISO 639-1 where it exists, otherwise ISO 639-3, which is also what
   * BCP 47 language tags prescribe.
   */
  public String code() {
    return iso6391 != null ? iso6391 : iso6393;
  }

  /** The two-letter code, if the language has one. */
  public Optional<String> twoLetterCode() {
    return Optional.ofNullable(iso6391);
  }

  /** True when this data set overrides the JDK's names for this language. */
  public boolean hasFallbackNames() {
    return fallbackNameDe != null;
  }
}
