package org.talentbruecke.opening.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentbruecke.shared.domain.VisibleText;

/**
 * When two organisation names look alike: the same after normalising (NFKC, no invisible or bidi
 * characters), case folding, removing accents, mapping Cyrillic and Greek letters that look Latin
 * (and 0 → o, 1 → l), dropping punctuation and legal-form words (GmbH, UG, e. V., & Co. KG, …), or
 * a small edit distance apart after that. Staff see a warning; names stay what their owners typed.
 */
public final class OrganisationNames {
  /** Edit distance that still counts as "looks alike" for a comparison key of this length. */
  static int tolerance(int length) {
    return length <= 4 ? 0 : length <= 10 ? 1 : 2;
  }

  // Words of a legal form, after case folding and removing punctuation ("e. V." → "e v").
  private static final Set<String> LEGAL_FORM_WORDS =
      Set.of(
          "gmbh",
          "mbh",
          "ug",
          "haftungsbeschrankt",
          "ag",
          "kg",
          "kgaa",
          "ohg",
          "gbr",
          "ev",
          "eg",
          "ek",
          "ekfr",
          "ekfm",
          "se",
          "co",
          "und",
          "gesellschaft",
          "ltd",
          "inc",
          "llc",
          "sarl",
          "bv",
          "nv",
          "as",
          "sp",
          "zoo",
          "verein",
          "eingetragener",
          "eingetragene",
          "genossenschaft");

  // Multi-letter abbreviations that punctuation splits ("e. V.", "e. K.", "Co. KG").
  private static final Pattern SPLIT_FORMS =
      Pattern.compile("\\b(e) (v|k|g|kfr|kfm)\\b|\\bsp z o o\\b|\\bs a r l\\b");

  private static final Map<Character, Character> LOOK_ALIKE_LETTERS = lookAlikeLetters();

  private OrganisationNames() {}

  /** The key two look-alike names share; empty for a name without letters or digits. */
  public static String key(String name) {
    String text = VisibleText.normalise(name == null ? "" : name).toLowerCase(Locale.ROOT);
    text = text.replace("ß", "ss").replace("&", " und ").replace("+", " und ");
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      Character latin = LOOK_ALIKE_LETTERS.get(c);
      char mapped = latin == null ? c : latin;
      folded.append(Character.isLetterOrDigit(mapped) ? mapped : ' ');
    }
    String spaced = folded.toString().trim().replaceAll("\\s+", " ");
    spaced = SPLIT_FORMS.matcher(spaced).replaceAll(" ");
    StringBuilder key = new StringBuilder();
    for (String word : spaced.split(" ")) {
      if (!word.isEmpty() && !LEGAL_FORM_WORDS.contains(word)) {
        key.append(word);
      }
    }
    // A name that is nothing but a legal form ("GmbH") keeps its words.
    return key.length() == 0 ? spaced.replace(" ", "") : key.toString();
  }

  /** Whether the two names look alike (see the class comment). */
  public static boolean lookAlike(String one, String other) {
    String a = key(one);
    String b = key(other);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    int tolerance = tolerance(Math.min(a.length(), b.length()));
    return Math.abs(a.length() - b.length()) <= tolerance && distance(a, b, tolerance) <= tolerance;
  }

  /** Levenshtein distance, stopping early once it exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static Map<Character, Character> lookAlikeLetters() {
    // Lower-case Cyrillic and Greek letters drawn like a Latin letter, and digits that pass for
    // letters in a name: each pair is "look-alike, Latin".
    String[] pairs = {
      "аa", "еe", "оo", "рp", "сc", "хx", "уy", "іi", "јj", "ѕs", "ԁd", "һh", "кk", "мm", "тt",
      "вb", "нh", "пn", "гr", "ԛq", "ԝw", "ӏl", "οo", "αa", "ρp", "νv", "κk", "ιi", "τt", "υu",
      "εe", "χx", "ωw", "0o", "1l"
    };
    Map<Character, Character> map = new java.util.HashMap<>();
    for (String pair : pairs) {
      map.put(pair.charAt(0), pair.charAt(1));
    }
    return Map.copyOf(map);
  }
}
