package org.talentbruecke.shared.interfaces.rest;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Required}: a value is present and not only whitespace. */
public class RequiredValidator implements ConstraintValidator<Required, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value != null && !value.toString().isBlank();
  }
}
