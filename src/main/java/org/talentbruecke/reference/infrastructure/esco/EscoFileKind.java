package org.talentbruecke.reference.infrastructure.esco;

import java.util.List;
import java.util.Optional;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * The ESCO CSV files the reader understands, with the columns each must have in every ESCO version
 * from 1.1 on.
 */
public enum EscoFileKind {
  SKILL_GROUPS(
      "skillGroups",
      ConceptType.SKILL_GROUP,
      List.of("conceptType", "conceptUri", "preferredLabel")),
  SKILLS("skills", ConceptType.SKILL, List.of("conceptType", "conceptUri", "preferredLabel")),
  ISCO_GROUPS(
      "ISCOGroups",
      ConceptType.ISCO_GROUP,
      List.of("conceptType", "conceptUri", "preferredLabel", "code")),
  OCCUPATIONS(
      "occupations",
      ConceptType.OCCUPATION,
      List.of("conceptType", "conceptUri", "preferredLabel", "iscoGroup")),
  OCCUPATION_SKILL_RELATIONS(
      "occupationSkillRelations", null, List.of("occupationUri", "relationType", "skillUri")),
  BROADER_SKILL_RELATIONS("broaderRelationsSkillPillar", null, List.of("conceptUri", "broaderUri")),
  BROADER_OCCUPATION_RELATIONS(
      "broaderRelationsOccPillar", null, List.of("conceptUri", "broaderUri"));

  private final String stem;
  private final ConceptType conceptType;
  private final List<String> requiredColumns;

  EscoFileKind(String stem, ConceptType conceptType, List<String> requiredColumns) {
    this.stem = stem;
    this.conceptType = conceptType;
    this.requiredColumns = requiredColumns;
  }

  /** The file name without language suffix and extension, as ESCO spells it. */
  public String stem() {
    return stem;
  }

  /** The concept type of every row, for per-language concept files; empty for relation files. */
  public Optional<ConceptType> conceptType() {
    return Optional.ofNullable(conceptType);
  }

  /**
   * Concept files exist once per language; relation files are language-neutral (the suffix is
   * optional).
   */
  public boolean needsLanguage() {
    return conceptType != null;
  }

  public List<String> requiredColumns() {
    return requiredColumns;
  }

  static Optional<EscoFileKind> fromStem(String stem) {
    for (EscoFileKind kind : values()) {
      if (kind.stem.equalsIgnoreCase(stem)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
