package org.talentbruecke.shared.domain;

import java.text.Normalizer;

/**
 * Names people type (organisation names, display names) as they are stored and shown: Unicode NFKC
 * (full-width and other compatibility letters become the plain ones), without invisible format
 * characters (zero-width spaces and joiners, the byte-order mark, soft hyphens) and without bidi
 * controls (embeddings, overrides, isolates, directional marks), which could make a name look like
 * another one or render reversed; control characters and runs of white space become one space, and
 * the ends are trimmed. Shared because identity (display names) and opening (organisation names)
 * must store names the same way.
 */
public final class VisibleText {
  private VisibleText() {}

  /** The normalised text; {@code null} stays {@code null}. */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean space = false;
    for (int i = 0; i < composed.length(); ) {
      int c = composed.codePointAt(i);
      i += Character.charCount(c);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  /** Whether the text holds anything {@link #normalise} would remove or change. */
  public static boolean isNormalised(String text) {
    return text == null || text.equals(normalise(text));
  }

  /**
   * Format characters (Unicode category Cf: zero-width space, joiners, word joiner, BOM, soft
   * hyphen, the bidi marks, embeddings, overrides and isolates, the Arabic letter mark), and the
   * unassigned, private-use and surrogate code points that render as nothing or as a box.
   */
  static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }
}
