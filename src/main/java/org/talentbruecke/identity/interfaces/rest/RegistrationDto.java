package org.talentbruecke.identity.interfaces.rest;

import jakarta.validation.constraints.AssertTrue;
import org.talentbruecke.shared.interfaces.rest.AtMost;
import org.talentbruecke.shared.interfaces.rest.Given;
import org.talentbruecke.shared.interfaces.rest.Required;

/**
 * Body of {@code POST /api/v1/accounts}: {@code role} is JOB_SEEKER or EMPLOYER; {@code
 * privacyAccepted} must be true (the person has read the privacy notice). The annotations hold the
 * simple rules; the registration service checks the rest (e-mail shape and uniqueness, password
 * policy, the organisation an employer needs, no markup).
 */
public record RegistrationDto(
    @Required String email,
    String password,
    @Required @AtMost(max = RegistrationDto.MAX_NAME, message = "{validation.tooLong}")
        String displayName,
    String role,
    @AtMost(max = RegistrationDto.MAX_ORGANISATION, message = "{validation.tooLong}")
        String organisationName,
    String preferredLanguage,
    @Given(message = "{validation.privacy}") @AssertTrue(message = "{validation.privacy}")
        Boolean privacyAccepted) {
  // The same limits as the registration service's (its constants are not public).
  static final int MAX_NAME = 100;
  static final int MAX_ORGANISATION = 200;
}
