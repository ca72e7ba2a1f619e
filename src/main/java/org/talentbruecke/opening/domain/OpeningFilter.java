package org.talentbruecke.opening.domain;

import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * What a job seeker filters published openings by; null fields do not filter.
 *
 * @param occupation the ESCO URI of the occupation
 * @param maxGermanLevel the highest German level the seeker has: openings needing more in any
 *     sub-skill are left out
 */
public record OpeningFilter(
    String occupation, String municipality, WorkingHours hours, CefrLevel maxGermanLevel) {

  /** No filter at all: every published opening. */
  public static OpeningFilter none() {
    return new OpeningFilter(null, null, null, null);
  }
}
