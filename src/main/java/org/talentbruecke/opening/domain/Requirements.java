package org.talentbruecke.opening.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an opening asks of a candidate beyond German, as one value: the single-valued
 * requirements, the skills and the other languages. Guards the rules that matching relies on: a
 * skill is either a must-have or a nice-to-have, and each language is asked for once.
 */
public record Requirements(
    OpeningRequirements basics, List<RequiredSkill> skills, List<WantedLanguage> languages) {
  public static final int MAX_SKILLS = 60;
  public static final int MAX_LANGUAGES = 10;

  public Requirements {
    Objects.requireNonNull(basics);
    skills = List.copyOf(skills);
    languages = List.copyOf(languages);
    if (skills.size() > MAX_SKILLS || languages.size() > MAX_LANGUAGES) {
      throw new IllegalArgumentException("too many skills or languages");
    }
    Set<String> seen = new HashSet<>();
    for (RequiredSkill skill : skills) {
      if (!seen.add(skill.getSkillUri())) {
        throw new IllegalArgumentException("skill listed twice: " + skill.getSkillUri());
      }
    }
    Set<String> codes = new HashSet<>();
    for (WantedLanguage language : languages) {
      if (!codes.add(language.getLanguageCode())) {
        throw new IllegalArgumentException("language listed twice: " + language.getLanguageCode());
      }
    }
  }

  public static Requirements none() {
    return new Requirements(new OpeningRequirements(), List.of(), List.of());
  }

  /** Equal requirements made of new values, for another opening (JPA must not share them). */
  public Requirements copy() {
    return new Requirements(
        new OpeningRequirements(
            basics.getOccupationUri(),
            basics.getMinExperienceYears(),
            basics.getQualification(),
            basics.getQualificationEqf(),
            basics.getRecognition()),
        skills.stream().map(s -> new RequiredSkill(s.getSkillUri(), s.isMustHave())).toList(),
        languages.stream()
            .map(l -> new WantedLanguage(l.getLanguageCode(), l.getLevel()))
            .toList());
  }

  public List<String> mustHave() {
    return skills.stream()
        .filter(RequiredSkill::isMustHave)
        .map(RequiredSkill::getSkillUri)
        .toList();
  }

  public List<String> niceToHave() {
    return skills.stream().filter(s -> !s.isMustHave()).map(RequiredSkill::getSkillUri).toList();
  }
}
