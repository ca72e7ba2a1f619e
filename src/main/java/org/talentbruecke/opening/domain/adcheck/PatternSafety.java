package org.talentbruecke.opening.domain.adcheck;

/**
 * Rejects rule regexes with unbounded repetition ({@code *}, {@code +}, {@code {n,}}), so that
 * every pattern's work per start position has a fixed ceiling and a 100 KB ad cannot make a rule
 * backtrack for minutes.
 */
final class PatternSafety {

  private PatternSafety() {}

  /**
   * Throws if the regex repeats anything without an upper bound; quoting with \Q..\E is refused
   * too.
   */
  static void requireBounded(String regex) {
    int classDepth = 0;
    boolean afterQuantifier = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i = skipEscape(regex, i);
        afterQuantifier = false;
        continue;
      }
      if (c == '[') {
        classDepth++;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (classDepth == 0) {
        if (c == '*' || (c == '+' && !afterQuantifier)) {
          throw unbounded(regex, i);
        }
        if (c == '{') {
          int close = regex.indexOf('}', i);
          if (close < 0 || regex.substring(i + 1, close).matches("\\d+,")) {
            throw unbounded(regex, i);
          }
          i = close;
          afterQuantifier = true;
          continue;
        }
        // A '+' right after a quantifier makes it possessive, which is bounded.
        afterQuantifier = c == '?' && i > 0 && regex.charAt(i - 1) != '(';
        continue;
      }
      afterQuantifier = false;
    }
  }

  /** Returns the index of the last char of the escape starting at {@code i}. */
  private static int skipEscape(String regex, int i) {
    if (i + 1 >= regex.length()) {
      throw new IllegalArgumentException("regex ends with a lone backslash: " + regex);
    }
    char kind = regex.charAt(i + 1);
    if (kind == 'Q') {
      throw new IllegalArgumentException(
          "\\Q..\\E quoting is not allowed in rule patterns: " + regex);
    }
    boolean braced =
        "pPxNk".indexOf(kind) >= 0
            && i + 2 < regex.length()
            && (regex.charAt(i + 2) == '{' || regex.charAt(i + 2) == '<');
    if (braced) {
      int close = regex.indexOf(regex.charAt(i + 2) == '{' ? '}' : '>', i + 2);
      return close < 0 ? regex.length() - 1 : close;
    }
    return i + 1;
  }

  private static IllegalArgumentException unbounded(String regex, int at) {
    return new IllegalArgumentException(
        "rule patterns must bound every repetition (use {0,n} instead of * "
            + "or +), found one at index "
            + at
            + " in: "
            + regex);
  }
}
