package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.talentbruecke.opening.application.SkillDemand;
import org.talentbruecke.profile.application.SkillsInDemand;

/** Gives the profile's skills step the demand that published openings show. */
@ApplicationScoped
public class OpeningSkillsInDemand implements SkillsInDemand {
  @Inject private SkillDemand demand;

  @Override
  public Map<String, Long> openingsAskingFor() {
    return demand.openingsAskingFor();
  }
}
