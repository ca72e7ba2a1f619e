package org.talentbruecke.opening.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.talentbruecke.opening.application.AdCheckFindingsPending;
import org.talentbruecke.opening.application.OrganisationNotVerified;
import org.talentbruecke.opening.domain.InvalidOpeningState;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** Problem documents for the opening context's own refusals. */
public final class OpeningProblems {
  private OpeningProblems() {}

  /** Publishing before staff verified the organisation. */
  @Provider
  public static class NotVerifiedMapper implements ExceptionMapper<OrganisationNotVerified> {
    @Override
    public Response toResponse(OrganisationNotVerified e) {
      return Problem.of(
              ProblemType.ORGANISATION_NOT_VERIFIED,
              "Your organisation must be verified by regional staff before it can publish.")
          .toResponse();
    }
  }

  /** Publishing with fair job-ad findings that were not acknowledged: the findings travel along. */
  @Provider
  public static class FindingsMapper implements ExceptionMapper<AdCheckFindingsPending> {
    @Override
    public Response toResponse(AdCheckFindingsPending e) {
      return Problem.of(
              ProblemType.AD_CHECK_FINDINGS,
              "The ad text has wording that may discriminate or deter applicants. Fix it, or publish"
                  + " anyway with acknowledgeFindings=true.")
          .with("findings", FindingDto.toJson(e.findings()))
          .toResponse();
    }
  }

  /** Publishing or changing an opening that is no longer a draft. */
  @Provider
  public static class InvalidStateMapper implements ExceptionMapper<InvalidOpeningState> {
    @Override
    public Response toResponse(InvalidOpeningState e) {
      return Problem.of(ProblemType.INVALID_STATE, e.getMessage()).toResponse();
    }
  }
}
