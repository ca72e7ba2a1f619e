package org.talentbruecke.opening.interfaces.rest;

import org.talentbruecke.opening.domain.OpeningVersion;

/**
 * An earlier published version of an opening: its number, text, terms (JSON as kept) and from when
 * to when it was online.
 */
public record OpeningVersionDto(
    int number,
    String title,
    String description,
    String terms,
    String liveFrom,
    String replacedAt,
    long replacedBy) {
  static OpeningVersionDto of(OpeningVersion v) {
    return new OpeningVersionDto(
        v.getNumber(),
        v.getTitle(),
        v.getDescription(),
        v.getTerms(),
        v.getLiveFrom().toString(),
        v.getReplacedAt().toString(),
        v.getReplacedBy());
  }
}
