package org.talentbruecke.matching.domain;

/**
 * How well a person masters a skill, in the same three steps the profile asks for; the per-mille
 * factor is how much of a skill's weight the level earns.
 */
public enum SkillLevel {
  BASIC(700),
  EXPERIENCED(900),
  EXPERT(1000);

  private final int factorPerMille;

  SkillLevel(int factorPerMille) {
    this.factorPerMille = factorPerMille;
  }

  public int factorPerMille() {
    return factorPerMille;
  }
}
