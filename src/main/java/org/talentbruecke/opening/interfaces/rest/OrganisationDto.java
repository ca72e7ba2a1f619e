package org.talentbruecke.opening.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.opening.domain.Organisation;

/**
 * An organisation as the API shows it, with its profile, what staff would miss when verifying it,
 * and (for its own employer users) the open request for details or the reason of a rejection.
 */
public record OrganisationDto(
    long id,
    String name,
    @Schema(description = "UNVERIFIED, DETAILS_REQUESTED, REJECTED, VERIFIED or RECHECK")
        String verification,
    @Schema(
            description =
                "Whether it may publish openings (VERIFIED, RECHECK, or a request after a verification)")
        boolean mayPublish,
    OrganisationProfileDto profile,
    @Schema(description = "What staff cannot check yet: address, legalForm, register, contact")
        List<String> missingDetails,
    @Schema(description = "Staff's open request for details or the reason of the rejection")
        String staffMessage) {
  static OrganisationDto of(Organisation o) {
    return of(o, null);
  }

  static OrganisationDto of(Organisation o, String staffMessage) {
    return new OrganisationDto(
        o.getId(),
        o.getName(),
        o.getVerification().name(),
        o.isVerified(),
        OrganisationProfileDto.of(o),
        o.missingDetails(),
        staffMessage);
  }
}
