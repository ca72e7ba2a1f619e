package org.talentbruecke.opening.domain;

/** Whether regional staff have checked that an organisation is a real regional business. */
public enum Verification {
  UNVERIFIED,
  VERIFIED
}
