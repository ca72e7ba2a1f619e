package org.talentbruecke.reference.domain.search;

import org.talentbruecke.reference.domain.ConceptType;

/**
 * What the search index keeps of a concept: enough to show a hit without going back to the
 * database.
 *
 * @param uri ESCO URI
 * @param type concept type
 * @param code ESCO code (occupation code such as 2221.1, ISCO code for groups)
 * @param iscoGroupCode ISCO unit group of an occupation
 * @param preferredLabels preferred label per index language (same order as the index languages),
 *     null where missing
 */
record ConceptEntry(
    String uri, ConceptType type, String code, String iscoGroupCode, String[] preferredLabels) {}
