package org.talentbruecke.shared.interfaces.rest;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** Checks {@link AtMost} for texts and for lists. */
public final class AtMostValidator {
  private AtMostValidator() {}

  /** Length of a text. */
  public static class ForText implements ConstraintValidator<AtMost, CharSequence> {
    private int max;

    @Override
    public void initialize(AtMost annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || value.length() <= max;
    }
  }

  /** Number of entries of a list. */
  public static class ForList implements ConstraintValidator<AtMost, Collection<?>> {
    private int max;

    @Override
    public void initialize(AtMost annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
      return value == null || value.size() <= max;
    }
  }
}
