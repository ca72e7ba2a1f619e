package org.talentbruecke.reference.domain.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds text for matching: lower case, German umlauts and ß written out (ä→ae, ö→oe, ü→ue, ß→ss) so
 * "Bäcker" and "baecker" meet, other Latin accents removed, Arabic and Cyrillic folded as their
 * writers expect (see {@link #foldArabic} and {@link #foldCyrillic}), and split into words of
 * letters and digits (plus '+' and '#' for C++, C#).
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
      if (c < 0x80 && !isApostrophe(c)) {
        folded.append(c);
        continue;
      }
      if (isArabic(c)) {
        foldArabic(folded, c);
        continue;
      }
      if (isCyrillic(c)) {
        folded.append(foldCyrillic(c));
        continue;
      }
      if (isApostrophe(c)) {
        // Ukrainian writes an apostrophe inside words (м'ясо); people search without it too
        boolean insideCyrillicWord =
            folded.length() > 0
                && isCyrillic(folded.charAt(folded.length() - 1))
                && i + 1 < text.length()
                && isCyrillic(Character.toLowerCase(text.charAt(i + 1)));
        if (!insideCyrillicWord) {
          folded.append(c);
        }
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

  private static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF';
  }

  private static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /**
   * Arabic as search engines usually fold it: short vowels and other diacritics (tashkeel) and the
   * stretching tatweel are dropped; alef with hamza or madda (أ إ آ ٱ) becomes bare alef ا, alef
   * maqsura ى and the Persian yeh ی become yaa ي, taa marbuta ة becomes haa ه, the Persian kaf ک
   * becomes ك; Arabic-Indic digits become 0-9. Hamza on waw or yaa (ؤ ئ) stays: it is spelled.
   */
  static void foldArabic(StringBuilder target, char c) {
    if ((c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || (c >= '\u06D6' && c <= '\u06ED')
        || c == '\u0640') {
      return;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      target.append((char) ('0' + c - '\u0660'));
      return;
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      target.append((char) ('0' + c - '\u06F0'));
      return;
    }
    target.append(
        switch (c) {
          case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673' -> '\u0627';
          case '\u0649', '\u06CC' -> '\u064A';
          case '\u0629' -> '\u0647';
          case '\u06A9' -> '\u0643';
          default -> c;
        });
  }

  /**
   * Cyrillic letters keep their identity after lower-casing: й, ї, є are letters of their own in
   * Ukrainian and must not lose their marks the way Latin accents do. Only ё becomes е and ґ
   * becomes г, because many keyboards and writers use the plain letter for them.
   */
  static char foldCyrillic(char c) {
    return switch (c) {
      case '\u0451' -> '\u0435';
      case '\u0491' -> '\u0433';
      default -> c;
    };
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
