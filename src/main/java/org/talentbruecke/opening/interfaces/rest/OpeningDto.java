package org.talentbruecke.opening.interfaces.rest;

import org.talentbruecke.opening.domain.Opening;

/** An opening as the API shows it. */
public record OpeningDto(Long id, String title, String description, String status, long organisationId) {
  static OpeningDto of(Opening o) {
    return new OpeningDto(o.getId(), o.getTitle(), o.getDescription(), o.getStatus().name(), o.getOrganisationId());
  }
}
