package org.talentbruecke.opening.domain.adcheck;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One check of the fair job-ad rule set, loaded from the rule data files.
 *
 * @param window characters on each side of a match that {@code condition} looks at; 0 means the
 *     whole field
 */
public record AdRule(
    String id,
    FindingCategory category,
    Severity severity,
    RuleScope scope,
    RuleCondition condition,
    int window,
    Map<Language, RuleText> texts,
    List<RulePattern> patterns) {

  /** Insists on a text for every UI language, so a finding can always be explained. */
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
    if (texts == null || !texts.keySet().containsAll(List.of(Language.values()))) {
      throw new IllegalArgumentException(
          "rule " + id + " needs a reason and suggestion in every language");
    }
    if (patterns == null || patterns.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " has no pattern");
    }
    texts = Map.copyOf(new EnumMap<>(texts));
    patterns = List.copyOf(patterns);
  }

  /** The reason and suggestion in the given UI language. */
  public RuleText text(Language uiLanguage) {
    return texts.get(uiLanguage);
  }
}
