package org.talentbruecke.matching.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  // Per language, the word found for each code asked so far (codes are a few hundred at most).
  private static final Map<Locale, Map<String, Optional<String>>> WORDS = new ConcurrentHashMap<>();

  private ReasonCodeTexts() {}

  /** The word for a code, unescaped; null when no text names it. */
  public static String word(Locale locale, String code) {
    return WORDS
        .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
        .computeIfAbsent(code, c -> Optional.ofNullable(lookUp(locale, c)))
        .orElse(null);
  }

  private static String lookUp(Locale locale, String code) {
    var bundle = MessageTexts.bundle(locale);
    for (String prefix : PREFIXES) {
      if (bundle.containsKey(prefix + code)) {
        return bundle.getString(prefix + code);
      }
    }
    return null;
  }
}
