package org.talentbruecke.reference.domain.recognition;

/**
 * The kind of restriction German law puts on an occupation. "Regulated" is not one thing: whether a
 * person may work at all, may only not use a title, may only not run a business, or needs a licence
 * outside the recognition law decides every piece of advice and the employer's preset.
 */
public enum Regulation {
  /**
   * Activity-regulated: practising needs a state permission (Approbation, Erlaubnis, Zulassung),
   * e.g. doctors, nurses, teachers, Erzieher, lawyers, pharmacists, psychotherapists.
   */
  ACTIVITY,
  /**
   * Title-protected: anyone may do the work, even as an employee; only the protected title needs a
   * permission, e.g. engineers, employed architects, state-recognised social workers.
   */
  TITLE,
  /**
   * A craft requiring a licence (Anlage A HwO): employees work freely; only running one's own
   * business needs the entry in the Handwerksrolle (master level or an equivalent route).
   */
  CRAFT_BUSINESS,
  /**
   * A licensed activity outside the recognition law: a licence from its own authority is needed
   * (pilots, train drivers, driving instructors, security staff, Heilpraktiker, lorry and bus
   * licences); a recognition notice does not replace it.
   */
  LICENCE,
  /** Not regulated: recognition is optional and serves transparency for employers. */
  NONE;

  /**
   * True for the kinds the recognition law deals with (activity, title, craft); they go through the
   * regulated procedure. Licences have their own authorities and track.
   */
  public boolean isRegulated() {
    return this == ACTIVITY || this == TITLE || this == CRAFT_BUSINESS;
  }

  /** True when employed work in the occupation needs no permission of any kind. */
  public boolean allowsEmployedWorkWithoutPermission() {
    return this == TITLE || this == CRAFT_BUSINESS || this == NONE;
  }
}
