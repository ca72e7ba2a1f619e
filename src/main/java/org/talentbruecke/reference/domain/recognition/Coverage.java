package org.talentbruecke.reference.domain.recognition;

/** How much of an ISCO-08 unit group a profession group covers. */
public enum Coverage {
  /** Practically every occupation in the unit group belongs to the profession group. */
  FULL,
  /** Only some occupations do, so the answer depends on the exact occupation. */
  PARTIAL
}
