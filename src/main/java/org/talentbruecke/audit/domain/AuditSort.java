package org.talentbruecke.audit.domain;

/** The orders in which the trail can be read; the default is newest first. */
public enum AuditSort {
  NEWEST_FIRST,
  OLDEST_FIRST,
  TYPE,
  ACTOR_ROLE
}
