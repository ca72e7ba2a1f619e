package org.talentbruecke.shared.application;

import java.util.List;

/**
 * Thrown by application services when input breaks a rule; carries every problem at once so a form
 * can mark all fields in one round trip.
 */
public class ValidationFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  public ValidationFailure(List<FieldError> errors) {
    super("Invalid input: " + errors);
    this.errors = List.copyOf(errors);
  }

  public static ValidationFailure of(String field, String messageKey, Object... arguments) {
    return new ValidationFailure(List.of(new FieldError(field, messageKey, arguments)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
