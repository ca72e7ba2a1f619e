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
 * A field an API body must contain, possibly empty. Bean Validation's {@code @NotNull} under our
 * own name, for the same reason as {@link Required}.
 */
@Documented
@Constraint(validatedBy = GivenValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Given {
  String message() default "{validation.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
