package org.talentbruecke.opening.domain.adcheck;

/**
 * The neighbourhood of a match that a rule condition looks at, cut at line and sentence breaks so
 * that "Englisch B2" in the next sentence does not excuse "fließend Deutsch".
 */
final class ContextWindow {

  private ContextWindow() {}

  /**
   * The span of {@code radius} chars each side of {@code match}, or the whole text for radius 0.
   */
  static Span around(CharSequence text, Span match, int radius) {
    if (radius == 0) {
      return new Span(0, text.length());
    }
    int from = Math.max(0, match.start() - radius);
    int to = Math.min(text.length(), match.end() + radius);
    for (int i = match.start() - 1; i >= from; i--) {
      if (breaksAfter(text, i)) {
        from = i + 1;
        break;
      }
    }
    for (int i = match.end(); i < to; i++) {
      if (breaksAfter(text, i)) {
        to = i;
        break;
      }
    }
    return new Span(from, Math.max(from, to));
  }

  /** True when the char at {@code i} ends a line, list item or sentence. */
  static boolean breaksAfter(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\r' || c == ';' || c == '•' || c == '\u2028' || c == '\u2029') {
      return true;
    }
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int next = i + 1;
    if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    // A new sentence starts with a capitalised word; "mind. B2" continues the same one.
    return next + 1 < text.length()
        && Character.isUpperCase(text.charAt(next))
        && Character.isLowerCase(text.charAt(next + 1));
  }
}
