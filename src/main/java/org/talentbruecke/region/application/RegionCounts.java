package org.talentbruecke.region.application;

import java.time.LocalDate;

/**
 * The port through which the dashboard reads its raw counts, each grouped in the database by
 * category and municipality. Job seekers are those whose profile is visible to anyone (not hidden),
 * counted as they are today; openings are those open at some time in the period. {@code iscoMajor}
 * (null: all) keeps job seekers with a desired occupation in that ISCO-08 major group and openings
 * for an occupation in it.
 */
public interface RegionCounts {
  /** Every table the dashboard needs, in one go. */
  Raw read(LocalDate from, LocalDate to, Integer iscoMajor, LocalDate stalledIfAppliedBefore);

  /**
   * @param people row "all": visible job seekers by home municipality
   * @param peopleByOccupationGroup ISCO-08 sub-major group (2 digits) of a desired occupation
   * @param peopleBySkill ESCO skill URI
   * @param peopleByLanguage language code (mother tongue or learnt)
   * @param peopleByGermanLevel a level of {@code GermanLevels.ORDER}
   * @param peopleByRecognition recognition status of a qualification
   * @param peopleStalled reference occupation URI of a qualification applied for before the cut-off
   *     date and still without a decision
   * @param openings row "openings": openings; row "positions": their positions; by the opening's
   *     municipality
   * @param positionsByOccupationGroup positions by the ISCO-08 sub-major group of the occupation
   * @param openingsBySkill ESCO skill URI (must-have or nice-to-have)
   * @param openingsByLanguage language code asked for (other than German)
   * @param organisationsByCustomerLanguage organisations with an opening in scope, by a language of
   *     their customers or export markets and the organisation's municipality
   * @param openingsByGermanLevel the opening's German level
   * @param casesByStage candidate pipeline: furthest stage reached per opening and candidate, by
   *     the opening's municipality
   */
  record Raw(
      CountTable people,
      CountTable peopleByOccupationGroup,
      CountTable peopleBySkill,
      CountTable peopleByLanguage,
      CountTable peopleByGermanLevel,
      CountTable peopleByRecognition,
      CountTable peopleStalled,
      CountTable openings,
      CountTable positionsByOccupationGroup,
      CountTable openingsBySkill,
      CountTable openingsByLanguage,
      CountTable organisationsByCustomerLanguage,
      CountTable openingsByGermanLevel,
      CountTable casesByStage) {}
}
