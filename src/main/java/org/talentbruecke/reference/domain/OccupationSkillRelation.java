package org.talentbruecke.reference.domain;

import java.util.Objects;

/**
 * ESCO's statement that an occupation needs a skill, essentially or optionally.
 *
 * @param occupationUri the occupation's ESCO URI
 * @param skillUri the skill's ESCO URI
 * @param relationType essential or optional
 * @param skillType the skill type given in the relation file ("skill/competence", "knowledge" or
 *     empty)
 */
public record OccupationSkillRelation(
    String occupationUri, String skillUri, RelationType relationType, String skillType) {

  public OccupationSkillRelation {
    Objects.requireNonNull(occupationUri, "occupationUri");
    Objects.requireNonNull(skillUri, "skillUri");
    Objects.requireNonNull(relationType, "relationType");
    skillType = skillType == null ? "" : skillType;
  }
}
