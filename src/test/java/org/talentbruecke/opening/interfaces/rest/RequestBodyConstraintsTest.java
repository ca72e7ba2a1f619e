package org.talentbruecke.opening.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.interfaces.rest.ConstraintFieldErrors;
import org.talentbruecke.shared.interfaces.web.Messages;

/**
 * The simple rules of the openings API's bodies as annotations: the same fields, keys and limits as
 * the services' own checks, with messages in all five languages.
 */
class RequestBodyConstraintsTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static List<FieldError> errors(Object body) {
    return ConstraintFieldErrors.of(VALIDATOR.validate(body));
  }

  private static List<String> codes(Object body) {
    return errors(body).stream().map(FieldError::toString).toList();
  }

  private static OpeningBodyDto opening(String title, String description, RequirementsDto r) {
    return new OpeningBodyDto(
        title, description, null, null, null, null, null, null, null, null, null, null, null, r);
  }

  private static RequirementsDto requirements(
      List<String> must, String qualification, List<RequirementsDto.LanguageDto> languages) {
    return new RequirementsDto(
        null, must, null, null, qualification, null, null, languages, null, null, null);
  }

  @Test
  void anOpeningNeedsATitleAndKeepsToTheLengths() {
    assertThat(codes(opening(null, null, null))).containsExactly("title:validation.required[]");
    assertThat(codes(opening("x".repeat(201), "x".repeat(20_001), null)))
        .containsExactly("description:validation.tooLong[20000]", "title:validation.tooLong[200]");
    assertThat(codes(opening("Pflegefachkraft", "x".repeat(20_000), null))).isEmpty();
  }

  // A blank skill entry (mustHaveSkills[1]) is the service's to refuse: constraints inside type
  // arguments break Payara's OpenAPI document (see RequirementsDto).
  @Test
  void requirementsAreNamedAsTheServiceNamesThem() {
    RequirementsDto wrong =
        requirements(
            List.of("http://data.europa.eu/esco/skill/a", " "),
            "x".repeat(201),
            List.of(
                new RequirementsDto.LanguageDto("tr", "B2"),
                new RequirementsDto.LanguageDto(null, "")));

    assertThat(codes(opening("Titel", null, wrong)))
        .containsExactly(
            "languages[1].code:validation.required[]",
            "languages[1].level:validation.required[]",
            "qualification:validation.tooLong[200]");
  }

  @Test
  void listsHaveTheServicesLimits() {
    RequirementsDto tooMany =
        requirements(
            Collections.nCopies(61, "http://data.europa.eu/esco/skill/a"),
            null,
            Collections.nCopies(11, new RequirementsDto.LanguageDto("tr", "B2")));
    assertThat(codes(opening("Titel", null, tooMany)))
        .containsExactly(
            "languages:opening.error.tooMany[10]", "mustHaveSkills:opening.error.tooMany[60]");

    OrganisationProfileDto profile =
        new OrganisationProfileDto(
            null,
            null,
            null,
            null,
            null,
            "x".repeat(201),
            null,
            Collections.nCopies(31, "tr"),
            null,
            "x".repeat(2001),
            null,
            null,
            null);
    assertThat(codes(profile))
        .containsExactly(
            "customerLanguages:opening.error.tooMany[30]",
            "offersNewcomers:validation.tooLong[2000]",
            "street:validation.tooLong[200]");
  }

  @Test
  void reasonsAndAdChecksKeepTheirLimits() {
    assertThat(codes(new ReasonDto(" "))).containsExactly("reason:validation.required[]");
    assertThat(codes(new ReasonDto("x".repeat(1001))))
        .containsExactly("reason:validation.tooLong[1000]");
    assertThat(codes(new AdCheckRequestDto("x".repeat(501), null, "x".repeat(36))))
        .containsExactly("language:validation.tooLong[35]", "title:validation.tooLong[500]");
  }

  @Test
  void everyMessageExistsInAllFiveLanguages() {
    RequirementsDto wrong =
        requirements(
            Collections.nCopies(61, " "),
            "x".repeat(201),
            List.of(new RequirementsDto.LanguageDto(null, null)));
    List<FieldError> found = errors(opening(" ", null, wrong));
    assertThat(found).isNotEmpty();
    for (String language : List.of("de", "en", "ar", "uk", "tr")) {
      for (FieldError error : found) {
        String message =
            Messages.format(Locale.forLanguageTag(language), error.messageKey(), error.arguments());
        assertThat(message)
            .as(language + " " + error)
            .isNotBlank()
            .doesNotContain(error.messageKey());
      }
    }
    assertThat(Messages.format(Locale.ENGLISH, "validation.tooLong", 200)).contains("200");
  }

  @Test
  void theLimitsAreTheServicesOwn() throws Exception {
    assertThat(AdCheckRequestDto.MAX_LANGUAGE_TAG)
        .isEqualTo(
            constant("org.talentbruecke.opening.application.AdCheckService", "MAX_LANGUAGE_TAG"));
    assertThat(OrganisationProfileDto.MAX_CODES)
        .isEqualTo(
            constant(
                "org.talentbruecke.opening.application.OrganisationProfileChecks", "MAX_CODES"));
  }

  static int constant(String type, String name) throws ReflectiveOperationException {
    var field = Class.forName(type).getDeclaredField(name);
    field.setAccessible(true);
    return field.getInt(null);
  }
}
