package org.talentbruecke.reference.domain;

import java.util.Objects;

/**
 * A label together with the language it is written in, so a UI can mark labels shown as a fallback.
 *
 * @param text the label text
 * @param language ISO 639-1 code of the label's language
 */
public record LocalizedLabel(String text, String language) {

  public LocalizedLabel {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }
}
