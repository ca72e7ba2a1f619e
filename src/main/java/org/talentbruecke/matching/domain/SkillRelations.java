package org.talentbruecke.matching.domain;

import java.util.Set;

/**
 * What matching needs to know about ESCO's skill graph. Implemented over the imported ESCO data in
 * the reference context (next step); {@link InMemorySkillRelations} serves tests and benchmarks.
 *
 * <p>Contract: {@link #narrower} is the inverse of {@link #broader}, and {@link #related} is
 * symmetric, so that an evidence found from either side is the same.
 */
public interface SkillRelations {

  /** The direct broader concepts of a skill (ESCO skill hierarchy), empty when none. */
  Set<String> broader(String skillUri);

  /** The direct narrower concepts of a skill. */
  Set<String> narrower(String skillUri);

  /** Skills ESCO relates to this one (other than broader/narrower). */
  Set<String> related(String skillUri);

  /** The essential skills ESCO lists for an occupation. */
  Set<String> essentialSkills(String occupationUri);
}
