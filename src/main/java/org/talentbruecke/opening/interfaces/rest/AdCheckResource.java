package org.talentbruecke.opening.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.opening.application.AdCheckService;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** The fair job-ad check for any ad text; public, because it stores nothing and helps anyone. */
@Path("/openings/ad-check")
@RequestScoped
@PermitAll
@Tag(name = "Openings")
public class AdCheckResource {
  @Inject private AdCheckService adCheck;
  @Inject private RequestLanguage requestLanguage;
  @Inject private org.talentbruecke.shared.interfaces.rest.RequestBodies bodies;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check a job ad for wording that discriminates under the AGG or deters newcomers",
      description =
          "language (de, en) selects the rules; unknown or missing means all rules. Reasons and"
              + " suggestions follow Accept-Language (de or en, German by default). Positions are"
              + " char offsets into the title or description.")
  @Parameter(
      name = "Accept-Language",
      in = ParameterIn.HEADER,
      description = "de or en",
      required = false)
  @APIResponse(
      responseCode = "200",
      description = "The findings, empty when the ad is fine",
      content = @Content(schema = @Schema(implementation = AdCheckResultDto.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON, or text over the limits (title 500, description 100,000 chars)",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public AdCheckResultDto check(AdCheckRequestDto request) {
    if (request == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
    return new AdCheckResultDto(
        bodies
            .checked(
                request,
                () ->
                    adCheck.check(
                        request.title(),
                        request.description(),
                        request.language(),
                        requestLanguage.of(headers)))
            .stream()
            .map(FindingDto::of)
            .toList());
  }
}
