package org.talentbruecke.matching.application;

import org.talentbruecke.matching.domain.SkillRelations;

/** Loads ESCO's skill graph (hierarchy and essential skills) once, for the matching index. */
public interface SkillRelationsSource {
  SkillRelations load();
}
