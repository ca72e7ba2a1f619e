package org.talentbruecke.opening.domain;

/**
 * Where an opening is in its life: drafts are private, published ones are visible to job seekers.
 */
public enum OpeningStatus {
  DRAFT,
  PUBLISHED,
  CLOSED
}
