package org.talentbruecke.opening.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.talentbruecke.opening.domain.InvalidVerificationStep;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** A verification step that does not fit (verifying twice, asking a verified one for details). */
@Provider
public class VerificationProblems implements ExceptionMapper<InvalidVerificationStep> {
  @Override
  public Response toResponse(InvalidVerificationStep e) {
    return Problem.of(
            ProblemType.INVALID_STATE,
            "This step does not fit the organisation's verification state: " + e.getMessage() + ".")
        .toResponse();
  }
}
