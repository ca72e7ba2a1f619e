package org.talentbruecke.reference.domain.recognition;

/**
 * The answer to "is this occupation regulated in Germany?" when only its ISCO-08 unit group is
 * known.
 */
public enum RegulationAnswer {
  REGULATED,
  /** Some occupations of the unit group are regulated, others not. */
  DEPENDS_ON_OCCUPATION,
  NOT_REGULATED
}
