package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.talentbruecke.opening.domain.OpeningRepository;

/**
 * What employers in the region ask for: per ESCO skill, how many published openings list it as a
 * must-have or nice-to-have. Ranks the skill suggestions for job seekers and employers (decision
 * 007).
 */
@ApplicationScoped
public class SkillDemand {
  @Inject private OpeningRepository openings;
  @Inject private Clock clock;

  /** Per skill URI, the number of published, unexpired openings asking for it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Long> openingsAskingFor() {
    return openings.countRequiredSkills(clock.instant());
  }
}
