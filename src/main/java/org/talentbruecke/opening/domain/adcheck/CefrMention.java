package org.talentbruecke.opening.domain.adcheck;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds mentions of a CEFR level (A1 to C2) such as "B2", "C1-Niveau" or "Niveau b1". */
public final class CefrMention {

  /**
   * Upper case "B2" on its own; lower case only after a word like "Niveau" because "b1" in running
   * text is rarely a level. Driving-licence classes (C1) and motorways (A2) are excluded by the
   * words that usually stand before them.
   */
  private static final Pattern LEVEL =
      Pattern.compile(
          "(?<!(?:Klasse|Führerschein|Fahrerlaubnis|FS|Autobahn|BAB|an der)\\s{1,3})"
              + "(?<![\\p{L}\\d])[ABC][12](?:\\.[12])?\\+?(?![\\p{L}\\d])"
              + "|(?i:niveau|level|stufe|GER|CEFR)\\s{0,2}[:-]?\\s{0,2}(?i:[abc][12])(?![\\p{L}\\d])",
          Pattern.UNICODE_CHARACTER_CLASS);

  private CefrMention() {}

  /** Whether a CEFR level is mentioned anywhere in the text. */
  public static boolean isPresentIn(CharSequence text) {
    return text != null && isPresentIn(text, 0, text.length());
  }

  /** Whether a CEFR level is mentioned within [from, to) of the text. */
  public static boolean isPresentIn(CharSequence text, int from, int to) {
    if (text == null) {
      return false;
    }
    Matcher m =
        LEVEL.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    return m.find();
  }
}
