package org.talentbruecke.opening.interfaces.rest;

import org.talentbruecke.opening.domain.Organisation;

/** An organisation as the API shows it, with its profile. */
public record OrganisationDto(
    long id, String name, String verification, OrganisationProfileDto profile) {
  static OrganisationDto of(Organisation o) {
    return new OrganisationDto(
        o.getId(), o.getName(), o.getVerification().name(), OrganisationProfileDto.of(o));
  }
}
