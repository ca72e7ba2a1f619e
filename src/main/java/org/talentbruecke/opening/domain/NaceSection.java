package org.talentbruecke.opening.domain;

import java.util.Optional;

/**
 * The 21 sections A to U of the statistical classification of economic activities NACE Rev. 2 (WZ
 * 2008 in Germany); the section is what the region's business statistics are grouped by.
 */
public enum NaceSection {
  A,
  B,
  C,
  D,
  E,
  F,
  G,
  H,
  I,
  J,
  K,
  L,
  M,
  N,
  O,
  P,
  Q,
  R,
  S,
  T,
  U;

  /** Reads "Q" (any case); empty for anything else. */
  public static Optional<NaceSection> parse(String text) {
    if (text == null || text.strip().length() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
