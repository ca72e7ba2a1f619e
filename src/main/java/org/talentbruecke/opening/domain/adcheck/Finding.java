package org.talentbruecke.opening.domain.adcheck;

import java.util.Comparator;

/**
 * One piece of wording in an ad that a rule flags, with why and how to fix it.
 *
 * @param phrase the matched words exactly as they stand in the field
 * @param start index of the first matched char in the field
 * @param end index after the last matched char, so {@code field.substring(start, end)} is the
 *     phrase
 */
public record Finding(
    String ruleId,
    FindingCategory category,
    Severity severity,
    AdField field,
    int start,
    int end,
    String phrase,
    String reason,
    String suggestion) {

  /** Reading order: title before description, then by position, then by rule. */
  public static final Comparator<Finding> READING_ORDER =
      Comparator.comparing(Finding::field)
          .thenComparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::ruleId);
}
