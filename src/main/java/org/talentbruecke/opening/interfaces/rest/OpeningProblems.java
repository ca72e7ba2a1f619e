package org.talentbruecke.opening.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.talentbruecke.opening.application.OrganisationNotVerified;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** Problem documents for the opening context's own refusals. */
@Provider
public class OpeningProblems implements ExceptionMapper<OrganisationNotVerified> {
  @Override
  public Response toResponse(OrganisationNotVerified e) {
    return Problem.of(
            ProblemType.ORGANISATION_NOT_VERIFIED,
            "Your organisation must be verified by regional staff before it can publish.")
        .toResponse();
  }
}
