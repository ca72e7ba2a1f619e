package org.talentbruecke.shared.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors for an application service before it throws one {@link ValidationFailure}.
 */
public final class FieldChecks {
  private final List<FieldError> errors = new ArrayList<>();

  /** Requires a non-blank text of at most {@code maxLength} characters without markup. */
  public FieldChecks text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "validation.required"));
    } else if (value.length() > maxLength) {
      errors.add(new FieldError(field, "validation.tooLong", maxLength));
    } else if (containsMarkup(value)) {
      errors.add(new FieldError(field, "validation.noMarkup"));
    }
    return this;
  }

  public FieldChecks add(String field, String messageKey, Object... arguments) {
    errors.add(new FieldError(field, messageKey, arguments));
    return this;
  }

  public boolean hasErrorFor(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /**
   * How many errors were found so far; lets a caller tell whether the parts of one entry were
   * valid.
   */
  public int errorCount() {
    return errors.size();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationFailure(errors);
    }
  }

  // Names and titles are shown to other people; angle brackets have no honest use there.
  private static boolean containsMarkup(String value) {
    return value.indexOf('<') >= 0 || value.indexOf('>') >= 0;
  }
}
