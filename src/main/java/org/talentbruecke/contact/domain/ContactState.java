package org.talentbruecke.contact.domain;

/**
 * Where a contact request stands. PENDING until the other side answers; ACCEPTED or DECLINED then;
 * WITHDRAWN when the job seeker takes it back (pending or accepted). DECLINED and WITHDRAWN are
 * final.
 */
public enum ContactState {
  PENDING,
  ACCEPTED,
  DECLINED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == PENDING || this == ACCEPTED;
  }
}
