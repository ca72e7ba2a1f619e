package org.talentbruecke.opening.application;

import java.util.List;

/**
 * An opening's requirements as typed (API body or editor form), before any check. Skills and the
 * occupation are ESCO URIs; recognition is FULL_REQUIRED or IN_PROGRESS_ACCEPTED; null means not
 * stated, and a null recognition for a regulated occupation becomes FULL_REQUIRED.
 */
public record RequirementsInput(
    String occupation,
    List<String> mustHaveSkills,
    List<String> niceToHaveSkills,
    Integer minExperienceYears,
    String qualification,
    Integer qualificationEqf,
    String recognition,
    List<LanguageInput> languages) {

  /** A language other than German, with the CEFR level wanted (A1..C2). */
  public record LanguageInput(String code, String level) {}

  public static RequirementsInput none() {
    return new RequirementsInput(null, List.of(), List.of(), null, null, null, null, List.of());
  }
}
