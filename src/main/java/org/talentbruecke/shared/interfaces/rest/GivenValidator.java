package org.talentbruecke.shared.interfaces.rest;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Given}: the value is present. */
public class GivenValidator implements ConstraintValidator<Given, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return value != null;
  }
}
