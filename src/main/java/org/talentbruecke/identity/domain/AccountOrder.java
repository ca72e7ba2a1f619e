package org.talentbruecke.identity.domain;

/** How the admin's account list is ordered. */
public enum AccountOrder {
  EMAIL,
  EMAIL_DESC,
  NAME,
  NAME_DESC,
  ROLE,
  ROLE_DESC,
  NEWEST,
  OLDEST
}
