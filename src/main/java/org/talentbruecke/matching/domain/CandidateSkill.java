package org.talentbruecke.matching.domain;

import java.util.Objects;

/** An ESCO skill a job seeker states, with how well they master it. */
public record CandidateSkill(String skillUri, SkillLevel level) {
  public CandidateSkill {
    Objects.requireNonNull(skillUri, "skillUri");
    Objects.requireNonNull(level, "level");
  }
}
