package org.talentbruecke.matching.domain;

/**
 * How a job seeker's skills bear on one required ESCO skill, strongest first. The weight (per
 * mille) is how much of the requirement it covers; {@link #meetsMustHave} says whether it is enough
 * for a must-have.
 */
public enum SkillEvidence {
  /** The person states the very concept. */
  SAME(1000, true),
  /**
   * The person states a more specific concept (ESCO: narrower); the specific implies the general.
   */
  NARROWER(800, true),
  /** An essential skill (ESCO) of an occupation the person has worked in. */
  ESSENTIAL_OF_OCCUPATION(600, true),
  /** The person states a more general concept (ESCO: broader); they may lack the speciality. */
  BROADER(500, false),
  /** The person states a related skill (ESCO: related / in the same skill group). */
  RELATED(400, false),
  NONE(0, false);

  private final int weightPerMille;
  private final boolean meetsMustHave;

  SkillEvidence(int weightPerMille, boolean meetsMustHave) {
    this.weightPerMille = weightPerMille;
    this.meetsMustHave = meetsMustHave;
  }

  public int weightPerMille() {
    return weightPerMille;
  }

  public boolean meetsMustHave() {
    return meetsMustHave;
  }

  /** The per-mille coverage when the person masters the skill at the given level. */
  public int coverage(SkillLevel level) {
    return level == null ? weightPerMille : weightPerMille * level.factorPerMille() / 1000;
  }
}
