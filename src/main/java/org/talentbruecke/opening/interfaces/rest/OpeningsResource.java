package org.talentbruecke.opening.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** An employer's openings: drafts, and publishing once the organisation is verified. */
@Path("/openings")
@RequestScoped
@RolesAllowed("EMPLOYER")
@SecurityRequirement(name = "bearer")
@Tag(name = "Openings")
@Produces(MediaType.APPLICATION_JSON)
public class OpeningsResource {
  @Inject private OpeningService openings;
  @Inject private CallerOrganisation caller;
  @Inject private RequestLanguage requestLanguage;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft opening for the caller's organisation")
  public Response create(NewOpeningDto dto) {
    if (dto == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
    OpeningDto created = OpeningDto.of(openings.createDraft(caller.id(security), dto.title(), dto.description()));
    return Response.created(URI.create("/api/v1/openings/" + created.id())).entity(created).build();
  }

  @GET
  @Operation(summary = "The caller's organisation's openings, drafts included (mine=true)")
  public List<OpeningDto> mine(@QueryParam("mine") boolean mine) {
    if (!mine) {
      // The public list of published openings comes with the openings issue.
      throw new BadRequestException("Use mine=true.");
    }
    return openings.ofOrganisation(caller.id(security)).stream().map(OpeningDto::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's organisation's openings")
  public OpeningDto get(@PathParam("id") long id) {
    return OpeningDto.of(openings.get(caller.id(security), id));
  }

  @GET
  @Path("{id}/acknowledged-findings")
  @Operation(summary = "Fair job-ad findings the organisation published anyway, for one of its openings")
  public List<AcknowledgedFindingDto> acknowledgedFindings(@PathParam("id") long id) {
    return openings.acknowledgedFindings(caller.id(security), id).stream().map(AcknowledgedFindingDto::of).toList();
  }

  @POST
  @Path("{id}/publish")
  @Operation(
      summary = "Publish a draft (only for verified organisations)",
      description =
          "Runs the fair job-ad check on title and description first. With findings the answer is"
              + " 409 (problem type ad-check-findings, findings in the body) unless acknowledgeFindings"
              + " is true; then the opening is published and the findings are recorded.")
  @APIResponse(responseCode = "200", description = "Published")
  @APIResponse(responseCode = "403", description = "Organisation not verified yet", content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "404", description = "No such opening of the caller's organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "409", description = "Fair job-ad findings not acknowledged, or not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE))
  public OpeningDto publish(@PathParam("id") long id, @QueryParam("acknowledgeFindings") boolean acknowledgeFindings) {
    return OpeningDto.of(
        openings.publish(caller.id(security), id, caller.accountId(security), acknowledgeFindings, requestLanguage.of(headers)));
  }
}
