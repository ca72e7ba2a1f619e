package org.talentbruecke.identity.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.interfaces.rest.ConstraintFieldErrors;

/** The simple rules of registration and sign-in bodies, as the API has always named them. */
class RegistrationDtoTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static List<String> codes(Object body) {
    return ConstraintFieldErrors.of(FACTORY.getValidator().validate(body)).stream()
        .map(FieldError::toString)
        .toList();
  }

  @Test
  void anEmptyRegistrationNamesEveryRequiredField() {
    assertThat(codes(new RegistrationDto(null, null, " ", "JOB_SEEKER", null, null, null)))
        .containsExactly(
            "displayName:validation.required[]",
            "email:validation.required[]",
            "privacyAccepted:validation.privacy[]");
    assertThat(codes(new RegistrationDto("a@b.de", "p", "Name", null, null, null, false)))
        .containsExactly("privacyAccepted:validation.privacy[]");
  }

  @Test
  void namesKeepTheServicesLimits() throws Exception {
    assertThat(
            codes(
                new RegistrationDto(
                    "a@b.de", "p", "x".repeat(101), "EMPLOYER", "x".repeat(201), null, true)))
        .containsExactly(
            "displayName:validation.tooLong[100]", "organisationName:validation.tooLong[200]");
    assertThat(RegistrationDto.MAX_NAME)
        .isEqualTo(
            constant("org.talentbruecke.identity.application.RegistrationService", "MAX_NAME"));
    assertThat(RegistrationDto.MAX_ORGANISATION)
        .isEqualTo(
            constant(
                "org.talentbruecke.opening.application.EmployerOnboarding", "MAX_ORGANISATION"));
  }

  @Test
  void signInNeedsBoth() {
    assertThat(codes(new Credentials(null, null)))
        .containsExactly("email:validation.required[]", "password:validation.required[]");
    assertThat(codes(new Credentials("a@b.de", ""))).isEmpty();
  }

  // Employer onboarding (and so the organisation name) lives in the opening context.
  private static int constant(String owner, String name) throws ReflectiveOperationException {
    var field = Class.forName(owner).getDeclaredField(name);
    field.setAccessible(true);
    return field.getInt(null);
  }
}
