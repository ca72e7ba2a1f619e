package org.talentbruecke.reference.interfaces.rest;

import jakarta.inject.Inject;
import java.util.List;
import org.talentbruecke.reference.application.ConceptSearch;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * What the public type-ahead searches (skills, occupations) have in common: the same parameter
 * checks and the same answer, for one concept type each.
 *
 * <p>Each subclass still declares its own annotated {@code search} method: Payara's OpenAPI
 * generator fails (500 on /openapi) when a resource method's JAX-RS and parameter annotations are
 * inherited from a class without {@code @Path}, so the declaration is the one part that repeats.
 */
abstract class ConceptSearchResource {
  static final String Q = "At least 2 characters";
  static final String LANG = "ISO 639-1 language of the labels shown";
  static final String LIMIT = "1 to 50";
  static final String DEFAULT_LANG = SearchParameters.DEFAULT_LANGUAGE;
  static final String FOUND = "Best matches first";
  static final String INVALID = "q shorter than 2 characters, bad lang or limit";

  @Inject private ConceptSearch search;

  private final ConceptType type;

  ConceptSearchResource(ConceptType type) {
    this.type = type;
  }

  /** Checks the parameters, then finds concepts of this resource's type, best first. */
  List<ConceptHitDto> find(String q, String lang, int limit) {
    SearchParameters.check(q, lang, limit);
    // Occupation hits carry their ISCO-08 unit group; skills have none.
    boolean withIsco = type == ConceptType.OCCUPATION;
    return search.search(q.strip(), lang, type, limit).stream()
        .map(hit -> ConceptHitDto.of(hit, withIsco))
        .toList();
  }
}
