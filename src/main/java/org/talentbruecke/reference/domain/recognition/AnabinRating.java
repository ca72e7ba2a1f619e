package org.talentbruecke.reference.domain.recognition;

import java.util.Locale;

/** The anabin database's rating of a foreign higher-education institution. */
public enum AnabinRating {
  /** "H+": the institution is recognised in its home country and in Germany. */
  H_PLUS("H+"),
  /** "H+/-": recognised only for some programmes, degrees or periods. */
  H_PLUS_MINUS("H+/-"),
  /** "H-": not recognised as a higher-education institution. */
  H_MINUS("H-");

  private final String label;

  AnabinRating(String label) {
    this.label = label;
  }

  /** The label exactly as anabin shows it. */
  public String label() {
    return label;
  }

  /** Accepts enum names and anabin labels such as "H+/-". */
  public static AnabinRating parse(String text) {
    String value = text.strip();
    for (AnabinRating rating : values()) {
      if (rating.label.equalsIgnoreCase(value) || rating.name().equalsIgnoreCase(value)) {
        return rating;
      }
    }
    throw new IllegalArgumentException("not an anabin rating: " + text.toUpperCase(Locale.ROOT));
  }
}
