package org.talentbruecke.matching.domain;

/** What a staff member decided about a candidate for an opening. */
public enum DecisionKind {
  /** Recommend the candidate: shown as "recommended by the region", first among their tier. */
  PIN,
  /** Keep the candidate off the employer's list for this opening. */
  EXCLUDE
}
