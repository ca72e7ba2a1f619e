package org.talentbruecke.opening.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.talentbruecke.opening.domain.OpeningRequirements;
import org.talentbruecke.opening.domain.RecognitionRequirement;
import org.talentbruecke.opening.domain.RequiredSkill;
import org.talentbruecke.opening.domain.Requirements;
import org.talentbruecke.opening.domain.WantedLanguage;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.shared.application.FieldChecks;

/**
 * Checks an opening's requirements field by field into the caller's {@link FieldChecks}: ESCO URIs
 * must name real concepts of the right type, a skill is must-have or nice-to-have but not both,
 * levels and numbers must be in range. Errors name the field, with an index for list entries.
 */
final class RequirementChecks {
  /** Longer than any ESCO URI; anything longer is not worth a database look-up. */
  static final int MAX_URI = 255;

  private final FieldChecks checks;
  private final BiPredicate<String, ConceptType> known;
  private final Function<String, RegulationAnswer> regulation;
  private final LanguageCatalog languages;

  RequirementChecks(
      FieldChecks checks,
      BiPredicate<String, ConceptType> known,
      Function<String, RegulationAnswer> regulation,
      LanguageCatalog languages) {
    this.checks = checks;
    this.known = known;
    this.regulation = regulation;
    this.languages = languages;
  }

  /**
   * The requirements, or null when any field was wrong (the caller throws the collected errors).
   */
  Requirements check(RequirementsInput in, boolean apprenticeship) {
    RequirementsInput input = in == null ? RequirementsInput.none() : in;
    int before = checks.errorCount();
    String occupation = concept("occupation", input.occupation(), ConceptType.OCCUPATION);
    List<String> must = skills("mustHaveSkills", input.mustHaveSkills());
    List<String> nice = skills("niceToHaveSkills", input.niceToHaveSkills());
    Set<String> mustSet = new HashSet<>(must);
    for (int i = 0; i < nice.size(); i++) {
      if (nice.get(i) != null && mustSet.contains(nice.get(i))) {
        checks.add("niceToHaveSkills[" + i + "]", "opening.error.skillInBoth");
      }
    }
    Integer experience = input.minExperienceYears();
    if (experience != null
        && (experience < 0 || experience > OpeningRequirements.MAX_EXPERIENCE_YEARS)) {
      checks.add(
          "minExperienceYears",
          "opening.error.experience",
          OpeningRequirements.MAX_EXPERIENCE_YEARS);
    }
    String qualification = blankToNull(input.qualification());
    if (qualification != null) {
      checks.text("qualification", qualification, OpeningRequirements.MAX_QUALIFICATION);
    }
    Integer eqf = input.qualificationEqf();
    if (eqf != null && (eqf < OpeningRequirements.MIN_EQF || eqf > OpeningRequirements.MAX_EQF)) {
      checks.add("qualificationEqf", "opening.error.eqf");
    }
    RecognitionRequirement recognition =
        recognition(input.recognition(), apprenticeship ? null : occupation);
    List<WantedLanguage> languages = languages(input.languages());
    if (checks.errorCount() != before) {
      return null;
    }
    List<RequiredSkill> skills = new ArrayList<>();
    must.forEach(uri -> skills.add(new RequiredSkill(uri, true)));
    nice.forEach(uri -> skills.add(new RequiredSkill(uri, false)));
    return new Requirements(
        new OpeningRequirements(occupation, experience, qualification, eqf, recognition),
        skills,
        languages);
  }

  private List<String> skills(String field, List<String> uris) {
    if (uris == null) {
      return List.of();
    }
    if (uris.size() > Requirements.MAX_SKILLS) {
      checks.add(field, "opening.error.tooMany", Requirements.MAX_SKILLS);
      return List.of();
    }
    // The same skill twice in one list is harmless: it is kept once, in the order first given.
    Set<String> result = new LinkedHashSet<>();
    for (int i = 0; i < uris.size(); i++) {
      String uri = concept(field + "[" + i + "]", uris.get(i), ConceptType.SKILL);
      if (uri != null) {
        result.add(uri);
      } else if (blankToNull(uris.get(i)) == null) {
        checks.add(field + "[" + i + "]", "validation.required");
      }
    }
    return List.copyOf(result);
  }

  private String concept(String field, String uri, ConceptType type) {
    String value = blankToNull(uri);
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_URI || !known.test(value, type)) {
      checks.add(field, "opening.error.unknownConcept");
      return null;
    }
    return value;
  }

  private RecognitionRequirement recognition(String text, String occupation) {
    String value = blankToNull(text);
    if (value == null) {
      // Activity-regulated professions need full recognition to practise: that is the safe
      // default (not for titles, crafts or licences, where people may be hired without it). An
      // apprenticeship leads to the German qualification, so no recognition is pre-set for it.
      return occupation != null && regulation.apply(occupation).presetsFullRecognition()
          ? RecognitionRequirement.FULL_REQUIRED
          : null;
    }
    for (RecognitionRequirement r : RecognitionRequirement.values()) {
      if (r.name().equals(value)) {
        return r;
      }
    }
    checks.add("recognition", "opening.error.choice");
    return null;
  }

  private List<WantedLanguage> languages(List<RequirementsInput.LanguageInput> input) {
    if (input == null) {
      return List.of();
    }
    if (input.size() > Requirements.MAX_LANGUAGES) {
      checks.add("languages", "opening.error.tooMany", Requirements.MAX_LANGUAGES);
      return List.of();
    }
    List<WantedLanguage> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < input.size(); i++) {
      RequirementsInput.LanguageInput entry = input.get(i);
      String at = "languages[" + i + "]";
      String code = entry == null ? null : blankToNull(entry.code());
      var language = code == null || code.length() > 8 ? null : languages.byCode(code).orElse(null);
      if (language == null) {
        checks.add(at + ".code", code == null ? "validation.required" : "opening.error.language");
      } else if ("de".equals(language.code())) {
        checks.add(at + ".code", "opening.error.germanSeparately");
        language = null;
      } else if (!seen.add(language.code())) {
        checks.add(at + ".code", "opening.error.languageTwice");
        language = null;
      }
      String levelText = entry == null ? null : blankToNull(entry.level());
      CefrLevel level = CefrLevel.byName(levelText).orElse(null);
      if (level == null) {
        checks.add(
            at + ".level", levelText == null ? "validation.required" : "opening.error.level");
      }
      if (language != null && level != null) {
        result.add(new WantedLanguage(language.code().toLowerCase(Locale.ROOT), level));
      }
    }
    return result;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
