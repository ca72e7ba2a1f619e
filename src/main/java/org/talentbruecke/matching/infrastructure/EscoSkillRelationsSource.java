package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.talentbruecke.matching.application.SkillRelationsSource;
import org.talentbruecke.matching.domain.InMemorySkillRelations;
import org.talentbruecke.matching.domain.SkillRelations;
import org.talentbruecke.reference.application.Vocabulary;

/**
 * ESCO's skill hierarchy and the essential skills of occupations, read once through the reference
 * context into memory (some ten thousand links each: a few megabytes). ESCO's "related" skill
 * relation is not imported yet, so {@link SkillRelations#related} is empty for now.
 */
@ApplicationScoped
public class EscoSkillRelationsSource implements SkillRelationsSource {
  @Inject private Vocabulary vocabulary;

  // Runs on a managed executor thread, outside any request: without a transaction the
  // transaction-scoped EntityManager is closed between the two queries.
  @Override
  @Transactional
  public SkillRelations load() {
    InMemorySkillRelations relations = new InMemorySkillRelations();
    for (Vocabulary.ConceptLink link : vocabulary.broaderLinks()) {
      relations.broader(link.from(), link.to());
    }
    for (Vocabulary.ConceptLink link : vocabulary.essentialSkillLinks()) {
      relations.essential(link.from(), link.to());
    }
    return relations;
  }
}
