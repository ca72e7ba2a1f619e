package org.talentbruecke.reference.application;

import java.util.Optional;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.LocalizedLabels;

/**
 * One validated row of a per-language concept file (skills_xx, occupations_xx, ISCOGroups_xx,
 * skillGroups_xx).
 *
 * @param sourceFile file the row came from
 * @param line 1-based line where the row starts
 * @param type concept type
 * @param uri ESCO URI
 * @param language ISO 639-1 code taken from the file name
 * @param labels labels in that language; null when the row has a blank preferred label
 * @param skillType skill type column, empty if absent
 * @param reuseLevel reuse level column, empty if absent
 * @param code ESCO/ISCO code column, empty if absent
 * @param iscoGroupCode occupation's ISCO unit group, empty if absent
 * @param status status column, empty if absent
 * @param modifiedDate modifiedDate column, empty if absent
 * @param regulatedProfessionNote regulatedProfessionNote column, empty if absent
 */
public record EscoConceptRow(
    String sourceFile,
    long line,
    ConceptType type,
    String uri,
    String language,
    LocalizedLabels labels,
    String skillType,
    String reuseLevel,
    String code,
    String iscoGroupCode,
    String status,
    String modifiedDate,
    String regulatedProfessionNote) {

  public Optional<LocalizedLabels> labelsIfPresent() {
    return Optional.ofNullable(labels);
  }
}
