package org.talentbruecke.opening.domain.adcheck;

/**
 * A field with invisible format characters removed, remembering where each remaining char stood,
 * because ads pasted from word processors carry soft hyphens inside words ("Mutter\u00ADsprache")
 * that would otherwise hide them from every pattern.
 */
final class VisibleText {

  private final String text;

  /** Original index of each char of {@link #text}; null when nothing was removed. */
  private final int[] originalIndex;

  private VisibleText(String text, int[] originalIndex) {
    this.text = text;
    this.originalIndex = originalIndex;
  }

  static VisibleText of(String original) {
    if (original.chars().noneMatch(VisibleText::isInvisible)) {
      return new VisibleText(original, null);
    }
    StringBuilder visible = new StringBuilder(original.length());
    int[] index = new int[original.length()];
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (!isInvisible(c)) {
        index[visible.length()] = i;
        visible.append(c);
      }
    }
    return new VisibleText(visible.toString(), index);
  }

  String text() {
    return text;
  }

  /** Maps a non-empty span of the visible text back to the original field. */
  Span toOriginal(Span visible) {
    if (originalIndex == null) {
      return visible;
    }
    return new Span(originalIndex[visible.start()], originalIndex[visible.end() - 1] + 1);
  }

  private static boolean isInvisible(int c) {
    return c == '\u00AD' // soft hyphen
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D' // zero-width space and joiners
        || c == '\u2060'
        || c == '\uFEFF'; // word joiner, byte-order mark
  }
}
