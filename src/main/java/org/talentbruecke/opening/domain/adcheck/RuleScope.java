package org.talentbruecke.opening.domain.adcheck;

/** Which fields of an ad a rule looks at. */
public enum RuleScope {
  TITLE,
  DESCRIPTION,
  ANY;

  boolean covers(AdField field) {
    return this == ANY || name().equals(field.name());
  }
}
