package org.talentbruecke.matching.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.shared.interfaces.rest.Problem;

/** Ranked, explained published openings for the signed-in job seeker. */
@Path("/profiles/me/openings")
@RequestScoped
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
public class OwnMatchesResource {
  @Inject private MatchCards cards;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @GET
  @RolesAllowed("JOB_SEEKER")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ranked published openings for the signed-in job seeker",
      description =
          "Empty with a reason when the profile is hidden, has no ESCO skills, names no"
              + " municipality of the region, or does not exist yet.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the ranking",
      content = @Content(schema = @Schema(implementation = MatchDtos.RankingDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "limit not 1..100 or offset negative",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a job seeker")
  public MatchDtos.RankingDto openings(
      @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
      @Parameter(description = "0 or more, default 0") @QueryParam("offset") String offset) {
    long account = Long.parseLong(security.getUserPrincipal().getName());
    return cards.openingsFor(account, limit, offset, headers);
  }
}
