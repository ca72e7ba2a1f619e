package org.talentbruecke.opening.interfaces.rest;

import org.talentbruecke.opening.domain.AcknowledgedFinding;

/** A fair job-ad finding that was published anyway, with who acknowledged it and when. */
public record AcknowledgedFindingDto(
    String ruleId, String phrase, String acknowledgedAt, long acknowledgedBy) {
  static AcknowledgedFindingDto of(AcknowledgedFinding f) {
    return new AcknowledgedFindingDto(
        f.getRuleId(), f.getPhrase(), f.getAcknowledgedAt().toString(), f.getAcknowledgedBy());
  }
}
