package org.talentbruecke.reference.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of ESCO concept that Talentbrücke keeps, with the name each has in the ESCO {@code
 * conceptType} column.
 */
public enum ConceptType {
  SKILL("KnowledgeSkillCompetence"),
  SKILL_GROUP("SkillGroup"),
  OCCUPATION("Occupation"),
  ISCO_GROUP("ISCOGroup");

  private final String escoName;

  ConceptType(String escoName) {
    this.escoName = escoName;
  }

  /** The value used in the ESCO CSV {@code conceptType} column. */
  public String escoName() {
    return escoName;
  }

  public static Optional<ConceptType> fromEscoName(String value) {
    String trimmed = value == null ? "" : value.trim();
    return Arrays.stream(values()).filter(t -> t.escoName.equals(trimmed)).findFirst();
  }
}
