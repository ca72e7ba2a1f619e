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
 * At most {@code max} characters of a text or entries of a list; null passes. Bean Validation's
 * {@code @Size} under our own name: Payara's OpenAPI generator fails on the standard constraints on
 * record components (/openapi answered 500). The message's argument is {@code max}.
 */
@Documented
@Constraint(validatedBy = {AtMostValidator.ForText.class, AtMostValidator.ForList.class})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface AtMost {
  int max();

  String message() default "{validation.tooLong}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
