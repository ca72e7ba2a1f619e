package org.talentbruecke.opening.interfaces.rest;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.opening.application.RequirementsInput;
import org.talentbruecke.opening.domain.OpeningRequirements;
import org.talentbruecke.opening.domain.Requirements;
import org.talentbruecke.opening.domain.WantedLanguage;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.shared.interfaces.rest.AtMost;
import org.talentbruecke.shared.interfaces.rest.Required;

/**
 * What an opening asks of candidates, in request and answer alike so that a client can send back
 * what it read. Occupation and skills are ESCO URIs; {@code labels} (answers only) names them in
 * the caller's language.
 *
 * @param recognition FULL_REQUIRED or IN_PROGRESS_ACCEPTED; absent means not stated, which for a
 *     activity-regulated occupation becomes FULL_REQUIRED
 * @param occupationRegulationKind answers only: how the occupation is regulated (ACTIVITY, TITLE,
 *     CRAFT_BUSINESS, LICENCE or NONE), which decides whether recognition is needed to work
 */
@Schema(name = "Requirements")
public record RequirementsDto(
    @Schema(example = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50")
        String occupation,
    @AtMost(max = Requirements.MAX_SKILLS, message = "{opening.error.tooMany}")
        List<String> mustHaveSkills,
    @AtMost(max = Requirements.MAX_SKILLS, message = "{opening.error.tooMany}")
        List<String> niceToHaveSkills,
    Integer minExperienceYears,
    @AtMost(max = OpeningRequirements.MAX_QUALIFICATION, message = "{validation.tooLong}")
        String qualification,
    @Schema(description = "EQF/DQR level 1..8") Integer qualificationEqf,
    String recognition,
    // No constraints inside the type arguments (List<@Required String>): Payara's OpenAPI generator
    // fails on them and /openapi answers 500. Blank skill entries are refused by the service
    // (RequirementChecks names them mustHaveSkills[i]); languages cascade with @Valid on the list.
    @AtMost(max = Requirements.MAX_LANGUAGES, message = "{opening.error.tooMany}") @Valid
        List<LanguageDto> languages,
    @Schema(
            description = "Answers only: label of each URI above in the caller's language",
            readOnly = true)
        Map<String, String> labels,
    @Schema(
            description = "Answers only: REGULATED, DEPENDS_ON_OCCUPATION or NOT_REGULATED",
            readOnly = true)
        String occupationRegulation,
    @Schema(
            description =
                "Answers only: ACTIVITY (may not work without recognition), TITLE (only the title"
                    + " is protected), CRAFT_BUSINESS (only running a business needs the master"
                    + " level), LICENCE (a licence outside the recognition law) or NONE",
            readOnly = true)
        String occupationRegulationKind) {

  /** A language other than German with its CEFR level (A1..C2); code is ISO 639. */
  @Schema(name = "WantedLanguage")
  public record LanguageDto(
      @Required @Schema(example = "tr") String code,
      @Required @Schema(example = "B2") String level) {}

  RequirementsInput toInput() {
    return new RequirementsInput(
        occupation,
        mustHaveSkills,
        niceToHaveSkills,
        minExperienceYears,
        qualification,
        qualificationEqf,
        recognition,
        languages == null
            ? null
            : languages.stream()
                .map(
                    l ->
                        l == null ? null : new RequirementsInput.LanguageInput(l.code(), l.level()))
                .toList());
  }

  static RequirementsDto of(
      Requirements r, Map<String, String> labels, RegulationAnswer regulation) {
    OpeningRequirements b = r.basics();
    return new RequirementsDto(
        b.getOccupationUri(),
        r.mustHave(),
        r.niceToHave(),
        b.getMinExperienceYears(),
        b.getQualification(),
        b.getQualificationEqf(),
        b.getRecognition() == null ? null : b.getRecognition().name(),
        r.languages().stream().map(RequirementsDto::language).toList(),
        labels,
        regulation == null ? null : regulation.status().name(),
        regulation == null ? null : regulation.kind().name());
  }

  private static LanguageDto language(WantedLanguage l) {
    return new LanguageDto(l.getLanguageCode(), l.getLevel().name());
  }
}
