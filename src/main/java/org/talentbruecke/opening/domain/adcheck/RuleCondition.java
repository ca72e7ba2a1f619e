package org.talentbruecke.opening.domain.adcheck;

/** Context that turns a rule's raw match into no finding. */
public enum RuleCondition {
  /** Every match is a finding. */
  NONE,
  /**
   * Suppressed when a gender marker such as "(m/w/d)" is near (or, with window 0, anywhere in the
   * field).
   */
  NO_GENDER_MARKER,
  /** Suppressed when a CEFR level A1 to C2 is near (or, with window 0, anywhere in the field). */
  NO_CEFR_LEVEL,
  /**
   * Suppressed when a gender marker stands anywhere in the ad, title or description: a job noun in
   * one gender's form is a finding only when the whole ad addresses that gender alone.
   */
  NO_GENDER_MARKER_IN_AD
}
