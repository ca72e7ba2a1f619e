package org.talentbruecke.reference.domain;

import java.util.Objects;

/**
 * One edge of an ESCO hierarchy: a concept and one of its broader concepts (ESCO allows several).
 *
 * @param conceptUri the narrower concept
 * @param conceptType its ESCO conceptType as written in the file (e.g. KnowledgeSkillCompetence),
 *     may be empty
 * @param broaderUri the broader concept
 * @param broaderType the broader concept's ESCO type as written in the file, may be empty
 */
public record BroaderRelation(
    String conceptUri, String conceptType, String broaderUri, String broaderType) {

  public BroaderRelation {
    Objects.requireNonNull(conceptUri, "conceptUri");
    Objects.requireNonNull(broaderUri, "broaderUri");
    conceptType = conceptType == null ? "" : conceptType;
    broaderType = broaderType == null ? "" : broaderType;
  }
}
