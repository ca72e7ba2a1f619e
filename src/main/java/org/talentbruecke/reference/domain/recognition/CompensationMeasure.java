package org.talentbruecke.reference.domain.recognition;

/**
 * The two kinds of compensation measure (Ausgleichsmaßnahme) that close differences in a regulated
 * profession.
 */
public enum CompensationMeasure {
  /**
   * Anpassungslehrgang: supervised practice, sometimes with extra training, ending with an
   * assessment.
   */
  ADAPTATION_PERIOD,
  /**
   * Eignungsprüfung (EU/EEA/CH qualifications) or Kenntnisprüfung (third-country qualifications).
   */
  APTITUDE_OR_KNOWLEDGE_EXAM
}
