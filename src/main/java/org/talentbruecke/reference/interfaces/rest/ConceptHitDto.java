package org.talentbruecke.reference.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.reference.domain.search.SearchHit;

/**
 * One skill or occupation found by a search.
 *
 * @param fallback true when ESCO has no label in the requested language and another is shown
 * @param iscoCode the ISCO-08 unit group of an occupation; absent for skills
 */
@Schema(name = "ConceptHit")
public record ConceptHitDto(
    @Schema(example = "http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419")
        String uri,
    @Schema(example = "Bäcker/Bäckerin") String label,
    @Schema(example = "de") String language,
    boolean fallback,
    @Schema(example = "7512") String iscoCode) {

  static ConceptHitDto of(SearchHit hit, boolean withIsco) {
    String isco = withIsco && !hit.iscoGroupCode().isEmpty() ? hit.iscoGroupCode() : null;
    return new ConceptHitDto(
        hit.uri(), hit.label().text(), hit.label().language(), hit.fallback(), isco);
  }
}
