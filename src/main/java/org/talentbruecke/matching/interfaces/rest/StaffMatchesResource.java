package org.talentbruecke.matching.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.shared.interfaces.rest.Problem;

/** Staff rank published openings for any job seeker (both directions for any profile). */
@Path("/profiles/{accountId}/openings")
@RequestScoped
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
public class StaffMatchesResource {
  @Inject private MatchCards cards;
  @Context private HttpHeaders headers;

  @GET
  @RolesAllowed("STAFF")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ranked published openings for the job seeker of an account (staff)",
      description =
          "The same ranking the job seeker sees under /profiles/me/openings; empty with a reason"
              + " (no-profile, hidden, no-skills, no-municipality) when there is nothing to rank."
              + " Logged like every ranking, with the staff member as the one who asked.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the ranking",
      content = @Content(schema = @Schema(implementation = MatchDtos.RankingDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "limit not 1..100 or offset negative",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  public MatchDtos.RankingDto openings(
      @PathParam("accountId") long accountId,
      @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
      @Parameter(description = "0 or more, default 0") @QueryParam("offset") String offset) {
    return cards.openingsFor(accountId, limit, offset, headers);
  }
}
