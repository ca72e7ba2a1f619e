package org.talentbruecke.reference.application;

import java.util.Map;
import java.util.Set;

/**
 * What an ESCO read found, for the import report shown to administrators.
 *
 * @param filesRead ESCO files read
 * @param filesSkipped files present but not used (collections, dictionaries, ...)
 * @param rowsRead CSV data rows read over all files
 * @param skills distinct skills (KnowledgeSkillCompetence)
 * @param skillGroups distinct skill groups
 * @param occupations distinct occupations
 * @param iscoGroups distinct ISCO groups
 * @param essentialRelations occupation–skill relations marked essential
 * @param optionalRelations occupation–skill relations marked optional
 * @param broaderRelations hierarchy edges
 * @param droppedRelations relations left out because one end is not among the concepts read
 * @param preferredLabelsByLanguage number of concepts with a preferred label per language
 * @param languages languages seen in file names
 * @param warnings number of warnings (duplicates, conflicts, dropped rows)
 */
public record EscoImportCounts(
    int filesRead,
    int filesSkipped,
    long rowsRead,
    int skills,
    int skillGroups,
    int occupations,
    int iscoGroups,
    int essentialRelations,
    int optionalRelations,
    int broaderRelations,
    int droppedRelations,
    Map<String, Integer> preferredLabelsByLanguage,
    Set<String> languages,
    long warnings) {

  public EscoImportCounts {
    preferredLabelsByLanguage = Map.copyOf(preferredLabelsByLanguage);
    languages = Set.copyOf(languages);
  }

  public int concepts() {
    return skills + skillGroups + occupations + iscoGroups;
  }
}
