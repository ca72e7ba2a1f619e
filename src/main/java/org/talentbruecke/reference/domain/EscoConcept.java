package org.talentbruecke.reference.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One ESCO concept (skill, skill group, occupation or ISCO group) with its labels in every language
 * read.
 *
 * @param uri the stable ESCO URI
 * @param type the concept type
 * @param labels labels per ISO 639-1 language code; a language is absent when no source had a
 *     preferred label in it
 * @param skillType for skills: "skill/competence" or "knowledge" (empty if unknown)
 * @param reuseLevel for skills: transversal, cross-sector, sector-specific or occupation-specific
 *     (empty if unknown)
 * @param code ESCO code: ISCO code for ISCO groups, e.g. "2221.1" for occupations, skill group
 *     code; empty if none
 * @param iscoGroupCode for occupations: the 4-digit ISCO unit group; empty otherwise
 * @param status ESCO status such as "released" (empty if the source did not say)
 * @param modifiedDate the newest ESCO modifiedDate among the rows merged into this concept (may be
 *     empty)
 * @param regulatedProfessionNote for occupations: ESCO's regulated-profession URI (may be empty)
 */
public record EscoConcept(
    String uri,
    ConceptType type,
    Map<String, LocalizedLabels> labels,
    String skillType,
    String reuseLevel,
    String code,
    String iscoGroupCode,
    String status,
    String modifiedDate,
    String regulatedProfessionNote) {

  public EscoConcept {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(type, "type");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    skillType = emptyIfNull(skillType);
    reuseLevel = emptyIfNull(reuseLevel);
    code = emptyIfNull(code);
    iscoGroupCode = emptyIfNull(iscoGroupCode);
    status = emptyIfNull(status);
    modifiedDate = emptyIfNull(modifiedDate);
    regulatedProfessionNote = emptyIfNull(regulatedProfessionNote);
  }

  public Optional<LocalizedLabels> labels(String language) {
    return Optional.ofNullable(labels.get(language));
  }

  /**
   * The preferred label in the requested language, else in the first fallback language that has
   * one, else in any language; the returned label says which language it is in, because ESCO
   * translations are not complete everywhere.
   */
  public Optional<LocalizedLabel> preferredLabel(String language, List<String> fallbackLanguages) {
    LocalizedLabels wanted = labels.get(language);
    if (wanted != null) {
      return Optional.of(new LocalizedLabel(wanted.preferredLabel(), language));
    }
    for (String fallback : fallbackLanguages) {
      LocalizedLabels found = labels.get(fallback);
      if (found != null) {
        return Optional.of(new LocalizedLabel(found.preferredLabel(), fallback));
      }
    }
    return labels.entrySet().stream()
        .findFirst()
        .map(e -> new LocalizedLabel(e.getValue().preferredLabel(), e.getKey()));
  }

  private static String emptyIfNull(String value) {
    return value == null ? "" : value;
  }
}
