package org.talentbruecke.reference.domain.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds text for matching: lower case, German umlauts and ß written out (ä→ae, ö→oe, ü→ue, ß→ss) so
 * "Bäcker" and "baecker" meet, other accents removed, and split into words of letters and digits
 * (plus '+' and '#' for C++, C#).
 */
public final class SearchText {

  private SearchText() {}

  /**
   * The folded form of a text, e.g. "Straße, Bäcker/Bäckerin" becomes "strasse, baecker/baeckerin".
   */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c < 0x80) {
        folded.append(c);
        continue;
      }
      switch (c) {
        case 'ä':
          folded.append("ae");
          break;
        case 'ö':
          folded.append("oe");
          break;
        case 'ü':
          folded.append("ue");
          break;
        case 'ß':
          folded.append("ss");
          break;
        default:
          appendWithoutAccents(folded, c);
      }
    }
    return folded.toString();
  }

  /**
   * The folded words of a text, in order; separators (spaces, slashes, hyphens, punctuation) are
   * dropped.
   */
  public static List<String> words(String text) {
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean wordChar = i < folded.length() && isWordChar(folded.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '+' || c == '#';
  }

  private static void appendWithoutAccents(StringBuilder target, char c) {
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char part = decomposed.charAt(i);
      if (Character.getType(part) != Character.NON_SPACING_MARK) {
        target.append(part);
      }
    }
  }
}
