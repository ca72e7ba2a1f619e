package org.talentbruecke.reference.domain.search;

import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.LocalizedLabel;

/**
 * One concept found by a label search.
 *
 * @param uri the concept's ESCO URI
 * @param type skill or occupation (or another indexed type)
 * @param label the preferred label to show: in the requested language if ESCO has one, else a
 *     fallback
 * @param fallback true if {@code label} is not in the requested language (the UI should mark its
 *     language)
 * @param matchedLabel the label that matched the query (may be an alternative label, in any indexed
 *     language)
 * @param match how well the matched label matched
 * @param code ESCO code: for occupations e.g. "2221.1", for ISCO groups the ISCO code; empty for
 *     most skills
 * @param iscoGroupCode for occupations the 4-digit ISCO-08 unit group, else empty
 */
public record SearchHit(
    String uri,
    ConceptType type,
    LocalizedLabel label,
    boolean fallback,
    LocalizedLabel matchedLabel,
    MatchKind match,
    String code,
    String iscoGroupCode) {}
