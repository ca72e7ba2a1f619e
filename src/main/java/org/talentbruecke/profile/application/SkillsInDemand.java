package org.talentbruecke.profile.application;

import java.util.Map;

/**
 * How many published openings in the region ask for each ESCO skill, so the skills step can offer
 * first what employers want (decision 007). Profile cannot see openings; the matching context,
 * which knows both, implements this port.
 */
public interface SkillsInDemand {
  /**
   * Per skill URI, the number of published openings asking for it (skills none ask for: absent).
   */
  Map<String, Long> openingsAskingFor();
}
