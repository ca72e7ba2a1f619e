package org.talentbruecke.opening.domain.adcheck;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the markers that open a job title to all genders: "(m/w/d)", "(w/m/d)", "(m/f/x)",
 * "(d/m/w)", "(mwd)", "(gn)", "(all genders)", and gender-inclusive word endings such as
 * "Verkäufer*in", "Verkäufer:in", "Verkäufer_in", "Verkäufer/-in" or "Verkäufer/in".
 *
 * <p>A list of letters counts only when it names a third option (d, x, i, div, divers): since 2019
 * a plain "(m/w)" no longer covers everyone the law protects.
 */
public final class GenderMarker {

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private static final String TOKEN = "(?:divers|div\\.?|[mwfdxi])";

  /** "m/w/d", "(w | m | d)", "(m, w, div.)"; validated token by token afterwards. */
  private static final Pattern LETTER_LIST =
      Pattern.compile(
          "(?<![\\p{L}\\d/])"
              + TOKEN
              + "(?:\\s{0,2}[/|,]\\s{0,2}"
              + TOKEN
              + "){1,4}(?![\\p{L}\\d/])",
          FLAGS);

  /** "(mwd)", "(wmd)", "(mfx)": letters run together inside brackets. */
  private static final Pattern LETTER_RUN =
      Pattern.compile("\\(\\s{0,2}([mwfdx]{3})\\s{0,2}\\)", FLAGS);

  private static final Pattern WORDS =
      Pattern.compile(
          "\\(\\s{0,2}(?:gn\\*?|d|divers)\\s{0,2}\\)"
              + "|\\b(?:all\\s{1,2}genders?|alle\\s{1,2}Geschlechter|any\\s{1,2}gender|geschlechtsneutral)\\b",
          FLAGS);

  /**
   * Gender-inclusive endings, and the paired forms "/in", "/-in" and "Kaufmann/-frau": these are
   * binary, but they are the established way of addressing everyone, so they count too.
   */
  private static final Pattern INCLUSIVE_ENDING =
      Pattern.compile(
          "\\p{L}(?:[*:_]|/-?)in(?:nen)?\\b|\\p{L}\\((?:in|innen)\\)"
              + "|mann\\s?/\\s?-?\\s?frau\\b|frau\\s?/\\s?-?\\s?mann\\b",
          FLAGS);

  private static final Set<String> THIRD_OPTIONS = Set.of("d", "x", "i", "div", "div.", "divers");

  private GenderMarker() {}

  /** Whether the text contains a gender marker anywhere. */
  public static boolean isPresentIn(CharSequence text) {
    return text != null && isPresentIn(text, 0, text.length());
  }

  /** Whether a gender marker lies within [from, to) of the text. */
  public static boolean isPresentIn(CharSequence text, int from, int to) {
    if (text == null) {
      return false;
    }
    return find(WORDS, text, from, to) != null
        || find(INCLUSIVE_ENDING, text, from, to) != null
        || anyListWithThirdOption(text, from, to)
        || anyRunWithThirdOption(text, from, to);
  }

  private static boolean anyListWithThirdOption(CharSequence text, int from, int to) {
    Matcher m = region(LETTER_LIST, text, from, to);
    while (m.find()) {
      for (String token : m.group().split("[/|,]")) {
        if (THIRD_OPTIONS.contains(token.strip().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyRunWithThirdOption(CharSequence text, int from, int to) {
    Matcher m = region(LETTER_RUN, text, from, to);
    while (m.find()) {
      String letters = m.group(1).toLowerCase(Locale.ROOT);
      if (letters.indexOf('d') >= 0 || letters.indexOf('x') >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String find(Pattern pattern, CharSequence text, int from, int to) {
    Matcher m = region(pattern, text, from, to);
    return m.find() ? m.group() : null;
  }

  private static Matcher region(Pattern pattern, CharSequence text, int from, int to) {
    // Transparent bounds let look-arounds see past the window, so "(m/w/d)" cut in half
    // at a window edge is not misread as something else.
    return pattern
        .matcher(text)
        .region(from, to)
        .useTransparentBounds(true)
        .useAnchoringBounds(false);
  }
}
