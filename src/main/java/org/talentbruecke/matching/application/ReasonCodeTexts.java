package org.talentbruecke.matching.application;

import java.util.List;
import java.util.Locale;
import org.talentbruecke.shared.application.MessageTexts;

/**
 * The words for the codes among a reason's arguments (recognition classes such as {@code
 * ROUTE_PLANNED}, regulations such as {@code ACTIVITY_REGULATED}, hours, CEFR sub-skills, measures,
 * skill levels), in the reader's language: the same text keys for the pages and the API.
 */
public final class ReasonCodeTexts {
  /** Bundles whose keys already name these codes (hours, sub-skills, measures); ours come first. */
  private static final List<String> PREFIXES =
      List.of(
          "matching.value.",
          "opening.hours.",
          "cv.cefr.",
          "profile.measure.",
          "profile.measureStatus.",
          "cv.skill.level.",
          "profile.recognition.");

  private ReasonCodeTexts() {}

  /** The word for a code, unescaped; null when no text names it. */
  public static String word(Locale locale, String code) {
    var bundle = MessageTexts.bundle(locale);
    for (String prefix : PREFIXES) {
      if (bundle.containsKey(prefix + code)) {
        return bundle.getString(prefix + code);
      }
    }
    return null;
  }
}
