package org.talentbruecke.opening.domain.adcheck;

/** The part of a job ad that a finding points into. */
public enum AdField {
  TITLE,
  DESCRIPTION
}
