package org.talentbruecke.reference.domain.recognition;

/** Progress of a compensation measure. */
public enum MeasureStatus {
  PLANNED,
  IN_PROGRESS,
  PASSED,
  FAILED
}
