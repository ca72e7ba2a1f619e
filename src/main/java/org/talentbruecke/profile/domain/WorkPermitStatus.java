package org.talentbruecke.profile.domain;

/**
 * The right to work as the person states it; no documents are asked for, so this is a statement,
 * not a verified fact.
 */
public enum WorkPermitStatus {
  NOT_REQUIRED,
  PERMITTED,
  PERMITTED_WITH_RESTRICTIONS,
  APPLIED,
  NOT_YET_PERMITTED,
  NOT_STATED
}
