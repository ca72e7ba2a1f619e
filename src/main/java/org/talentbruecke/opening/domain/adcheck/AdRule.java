package org.talentbruecke.opening.domain.adcheck;

import java.util.List;
import java.util.Locale;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * One check of the fair job-ad rule set, loaded from the rule data files.
 *
 * @param window characters on each side of a match that {@code condition} looks at; 0 means the
 *     whole field
 * @param reason why the wording is a risk, in German, English and the further interface languages
 *     the data carries (the same mechanism as the other help texts, decision 030)
 * @param suggestion how to write it instead, in the same languages as {@code reason}
 */
public record AdRule(
    String id,
    FindingCategory category,
    Severity severity,
    RuleScope scope,
    RuleCondition condition,
    int window,
    LocalizedText reason,
    LocalizedText suggestion,
    List<RulePattern> patterns) {

  /** Insists on a reason and a suggestion, so a finding can always be explained. */
  public AdRule {
    if (id == null || !id.matches("[A-Z][A-Z0-9_]{1,60}")) {
      throw new IllegalArgumentException("rule id must be UPPER_SNAKE_CASE: " + id);
    }
    if (category == null || severity == null || scope == null || condition == null) {
      throw new IllegalArgumentException(
          "rule " + id + " lacks category, severity, scope or condition");
    }
    if (window < 0) {
      throw new IllegalArgumentException("rule " + id + " has a negative window");
    }
    if (reason == null || suggestion == null) {
      throw new IllegalArgumentException("rule " + id + " needs a reason and a suggestion");
    }
    if (patterns == null || patterns.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " has no pattern");
    }
    patterns = List.copyOf(patterns);
  }

  /**
   * The reason and suggestion for a reader with this interface locale: German for German, the
   * translation where the data has one, English otherwise ({@link LocalizedText#in(Locale)}).
   */
  public RuleText text(Locale uiLocale) {
    return new RuleText(reason.in(uiLocale), suggestion.in(uiLocale));
  }

  /** The reason and suggestion in one of the ad languages (German or English). */
  public RuleText text(Language uiLanguage) {
    return text(uiLanguage.locale());
  }
}
