package org.talentbruecke.matching.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * Everything matching uses of a published opening.
 *
 * @param id the opening's id as text (tie-break when ranking openings for one person)
 * @param mustHaveSkills ESCO skill URIs that are constraints
 * @param niceToHaveSkills ESCO skill URIs that add to the score
 * @param german required level per sub-skill; null sub-skills are not required
 * @param minimumExperienceYears 0 for none
 * @param qualificationEqf required EQF level, 0 for none
 * @param fullRecognitionRequired the employer asks for full recognition of a foreign qualification
 * @param startDate null means as soon as possible (any start date fits)
 */
public record OpeningSnapshot(
    String id,
    OccupationRef occupation,
    Set<String> mustHaveSkills,
    Set<String> niceToHaveSkills,
    CefrSkillLevels german,
    List<LanguageRequirement> otherLanguages,
    int minimumExperienceYears,
    int qualificationEqf,
    boolean fullRecognitionRequired,
    RegulationKind regulation,
    Municipality municipality,
    WorkingHours hours,
    LocalDate startDate) {

  public OpeningSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occupation, "occupation");
    // Insertion order is kept so that explanations list skills as the employer entered them.
    mustHaveSkills = Collections.unmodifiableSet(new LinkedHashSet<>(mustHaveSkills));
    LinkedHashSet<String> nice = new LinkedHashSet<>(niceToHaveSkills);
    nice.removeAll(mustHaveSkills); // a skill that must be had is not also a bonus
    niceToHaveSkills = Collections.unmodifiableSet(nice);
    german = german == null ? new CefrSkillLevels() : german;
    otherLanguages = List.copyOf(otherLanguages);
    if (minimumExperienceYears < 0 || minimumExperienceYears > 50) {
      throw new IllegalArgumentException("minimum experience out of range");
    }
    if (qualificationEqf < 0 || qualificationEqf > 8) {
      throw new IllegalArgumentException("EQF level must be 0 (none) or 1..8");
    }
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(hours, "hours");
  }

  /**
   * True when a qualification for this occupation must be fully recognised (or German) for a full
   * match: the activity itself is regulated, or the employer asks for it.
   */
  public boolean requiresRecognition() {
    return fullRecognitionRequired || regulation == RegulationKind.ACTIVITY_REGULATED;
  }
}
