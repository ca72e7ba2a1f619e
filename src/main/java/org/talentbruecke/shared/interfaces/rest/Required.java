package org.talentbruecke.shared.interfaces.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text an API body must contain (not null, not only blanks). Same rule as Bean Validation's
 * {@code @Required}, under our own name because Payara's OpenAPI generator fails on
 * {@code @Required} on record components (/openapi answered 500).
 */
@Documented
@Constraint(validatedBy = RequiredValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Required {
  String message() default "{validation.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
