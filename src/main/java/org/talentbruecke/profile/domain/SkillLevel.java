package org.talentbruecke.profile.domain;

/** How well a person masters a skill, in the three steps the product asks for. */
public enum SkillLevel {
  BASIC,
  EXPERIENCED,
  EXPERT
}
