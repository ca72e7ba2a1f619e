package org.talentbruecke.shared.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.function.Supplier;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * Checks a request body against its Bean Validation annotations (required fields, lengths, list
 * sizes) before the application service checks the rest (rules across fields, states, the
 * database).
 */
@ApplicationScoped
public class RequestBodies {
  @Inject private Validator validator;
  @Inject private RefusedTogether refusal;

  /** The body's field errors; none when the body is null (each resource decides about that). */
  public List<FieldError> violations(Object body) {
    return body == null ? List.of() : ConstraintFieldErrors.of(validator.validate(body));
  }

  /** Refuses a body that breaks its annotations; for bodies without further rules. */
  public void require(Object body) {
    List<FieldError> errors = violations(body);
    if (!errors.isEmpty()) {
      throw new ValidationFailure(errors);
    }
  }

  /**
   * Runs {@code action} (the service call) for a valid body. For an invalid one, the service's own
   * checks still run, so that the answer names every broken field at once as it always has; then
   * everything is refused and nothing the action wrote is kept.
   */
  public <T> T checked(Object body, Supplier<T> action) {
    List<FieldError> errors = violations(body);
    if (errors.isEmpty()) {
      return action.get();
    }
    throw refusal.runAndRefuse(errors, action);
  }
}
