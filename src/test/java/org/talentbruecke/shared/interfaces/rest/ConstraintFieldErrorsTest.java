package org.talentbruecke.shared.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.shared.application.FieldError;

/** How Bean Validation violations become the API's field errors. */
class ConstraintFieldErrorsTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  record Entry(@NotBlank(message = "{validation.required}") String code) {}

  record Group(
      @Size(max = 3, message = "{validation.tooLong}") String text,
      @Size(max = 2, message = "{opening.error.tooMany}")
          List<@NotBlank(message = "{validation.required}") String> items,
      List<@Valid Entry> entries) {}

  record Body(@NotBlank(message = "{validation.required}") String title, @Valid Group group) {}

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static List<String> errors(Object body) {
    return ConstraintFieldErrors.of(VALIDATOR.validate(body)).stream()
        .map(FieldError::toString)
        .toList();
  }

  @Test
  void keyFromTheMessageAndMaxAsItsArgument() {
    assertThat(errors(new Body(" ", new Group("four", null, null))))
        .containsExactly("text:validation.tooLong[3]", "title:validation.required[]");
  }

  @Test
  void groupingObjectsAreLeftOutListPositionsAreKept() {
    Group group = new Group(null, List.of("a", " ", "c"), List.of(new Entry("tr"), new Entry("")));

    assertThat(errors(new Body("Title", group)))
        .containsExactly(
            "entries[1].code:validation.required[]",
            "items:opening.error.tooMany[2]",
            "items[1]:validation.required[]");
  }

  @Test
  void aValidBodyHasNoErrors() {
    assertThat(errors(new Body("Title", new Group("abc", List.of("a"), List.of())))).isEmpty();
  }

  @Test
  void aTemplateWithoutBracesIsUsedAsItIs() {
    assertThat(ConstraintFieldErrors.key("{validation.required}")).isEqualTo("validation.required");
    assertThat(ConstraintFieldErrors.key("must not be blank")).isEqualTo("must not be blank");
  }
}
