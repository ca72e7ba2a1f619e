package org.talentbruecke.reference.domain.recognition;

/** Where a job seeker stands in the recognition procedure for one foreign qualification. */
public enum RecognitionStatus {
  /** No application filed yet. */
  NOT_STARTED,
  /** Application filed, decision pending. */
  APPLIED,
  /** The body found the qualification equivalent to the German reference occupation. */
  FULL_EQUIVALENCE,
  /**
   * Equivalent in part; the notice names the differences (and, if regulated, a compensation
   * measure).
   */
  PARTIAL_EQUIVALENCE,
  /** The differences are too large for equivalence. */
  NOT_EQUIVALENT
}
