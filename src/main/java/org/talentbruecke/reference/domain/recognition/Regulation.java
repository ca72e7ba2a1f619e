package org.talentbruecke.reference.domain.recognition;

/** How German law restricts a profession, following the EU's notion of a regulated profession. */
public enum Regulation {
  /** Practising the profession (or running the business) needs a state permission. */
  ACTIVITY,
  /** Anyone may do the work, but only recognised people may use the protected title. */
  TITLE,
  /** Not regulated: recognition is optional and serves transparency for employers. */
  NONE;

  /** True for both kinds of regulation. */
  public boolean isRegulated() {
    return this != NONE;
  }
}
