package org.talentbruecke.opening.domain.adcheck;

/**
 * The ground a finding touches: the AGG grounds, plus nationality, family status, photo requests
 * and unclear language levels, which act as proxies for them or deter newcomers.
 */
public enum FindingCategory {
  ETHNIC_ORIGIN,
  NATIONALITY,
  GENDER,
  RELIGION,
  DISABILITY,
  AGE,
  SEXUAL_IDENTITY,
  FAMILY_STATUS,
  PHOTO,
  LANGUAGE_LEVEL
}
