package org.talentbruecke.opening.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * An opening as matching reads it: plain values, no entity. Fields the employer left empty are null
 * (or 0, or empty).
 *
 * @param status DRAFT, PUBLISHED or CLOSED
 * @param visibleToSeekers published and not expired: the only openings matching ranks
 * @param otherLanguages ISO 639 code to the level asked for
 * @param municipality the AGS of the place of work
 */
public record OpeningForMatching(
    long id,
    long organisationId,
    String status,
    boolean visibleToSeekers,
    String occupationUri,
    List<String> mustHave,
    List<String> niceToHave,
    CefrSkillLevels german,
    Map<String, CefrLevel> otherLanguages,
    int minExperienceYears,
    int qualificationEqf,
    boolean fullRecognitionRequired,
    String municipality,
    WorkingHours hours,
    LocalDate startDate,
    RegulationAnswer regulation) {}
