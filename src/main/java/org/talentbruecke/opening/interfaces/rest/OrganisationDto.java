package org.talentbruecke.opening.interfaces.rest;

import org.talentbruecke.opening.domain.Organisation;

/** An organisation as the API shows it. */
public record OrganisationDto(long id, String name, String verification) {
  static OrganisationDto of(Organisation o) {
    return new OrganisationDto(o.getId(), o.getName(), o.getVerification().name());
  }
}
