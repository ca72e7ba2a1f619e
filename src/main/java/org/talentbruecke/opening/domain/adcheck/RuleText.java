package org.talentbruecke.opening.domain.adcheck;

/** A rule's explanation and suggested fix in one UI language. */
public record RuleText(String reason, String suggestion) {

  /** Rejects blank texts so that no finding reaches an employer without an explanation. */
  public RuleText {
    if (reason == null || reason.isBlank() || suggestion == null || suggestion.isBlank()) {
      throw new IllegalArgumentException("reason and suggestion must not be blank");
    }
  }
}
