package org.talentbruecke.contact.domain;

/**
 * How the job seeker wants to be reached once they accept: the e-mail address of their account, a
 * phone number they type, or their counsellor (whose name and contact they type).
 */
public enum ContactChannel {
  EMAIL,
  PHONE,
  COUNSELLOR;

  /** Whether the job seeker types something for this channel (the number or the counsellor). */
  public boolean needsDetail() {
    return this != EMAIL;
  }
}
