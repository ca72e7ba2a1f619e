package org.talentbruecke.opening.domain;

import java.util.Optional;

/** A level of the Common European Framework of Reference for Languages (CEFR), lowest first. */
public enum LanguageLevel {
  A1,
  A2,
  B1,
  B2,
  C1,
  C2;

  /** Reads "B1" (any case); empty for null, blank or anything that is not a level. */
  public static Optional<LanguageLevel> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (LanguageLevel level : values()) {
      if (level.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
