package org.talentbruecke.profile.domain;

/** The kind of employer of a work history entry. */
public enum EmployerType {
  PRIVATE_COMPANY,
  PUBLIC_SECTOR,
  NON_PROFIT,
  SELF_EMPLOYED,
  FAMILY_BUSINESS
}
