package org.talentbruecke.opening.domain.adcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Applies one rule to one field and returns the spans that survive its condition. */
final class RuleScanner {

  private static final Comparator<Span> EARLIEST_THEN_LONGEST =
      Comparator.comparingInt(Span::start)
          .thenComparing(Comparator.comparingInt(Span::end).reversed());

  private RuleScanner() {}

  static List<Span> scan(AdRule rule, String text, Set<Language> adLanguages) {
    return scan(rule, text, adLanguages, false);
  }

  /**
   * @param adHasGenderMarker whether the ad's title or description holds a gender marker, for
   *     {@link RuleCondition#NO_GENDER_MARKER_IN_AD}
   */
  static List<Span> scan(
      AdRule rule, String text, Set<Language> adLanguages, boolean adHasGenderMarker) {
    if (rule.condition() == RuleCondition.NO_GENDER_MARKER_IN_AD && adHasGenderMarker) {
      return List.of();
    }
    List<Span> raw = new ArrayList<>();
    for (RulePattern pattern : rule.patterns()) {
      if (!pattern.appliesToAny(adLanguages)) {
        continue;
      }
      Matcher m = pattern.pattern().matcher(text);
      while (m.find()) {
        // Zero-length matches name no words, so they can't be shown to an employer.
        if (m.end() > m.start()) {
          raw.add(new Span(m.start(), m.end()));
        }
      }
    }
    raw.sort(EARLIEST_THEN_LONGEST);
    List<Span> kept = new ArrayList<>();
    for (Span span : raw) {
      boolean overlapsKept = !kept.isEmpty() && kept.get(kept.size() - 1).overlaps(span);
      if (!overlapsKept && !suppressed(rule, text, span)) {
        kept.add(span);
      }
    }
    return kept;
  }

  private static boolean suppressed(AdRule rule, String text, Span match) {
    if (rule.condition() == RuleCondition.NONE
        || rule.condition() == RuleCondition.NO_GENDER_MARKER_IN_AD) {
      return false;
    }
    Span window = ContextWindow.around(text, match, rule.window());
    return switch (rule.condition()) {
      case NO_GENDER_MARKER -> GenderMarker.isPresentIn(text, window.start(), window.end());
      case NO_CEFR_LEVEL -> CefrMention.isPresentIn(text, window.start(), window.end());
      case NONE, NO_GENDER_MARKER_IN_AD -> false;
    };
  }
}
