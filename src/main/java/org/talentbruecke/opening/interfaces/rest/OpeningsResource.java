package org.talentbruecke.opening.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.talentbruecke.opening.application.OpeningFilterParser;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/**
 * Openings: an employer's drafts, publishing once the organisation is verified and the ad is fair,
 * closing; staff unpublishing; and the public list of published openings.
 *
 * <p>Roles are set per method, not on the class, because the list is public while everything else
 * belongs to employers or staff.
 */
@Path("/openings")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Tag(name = "Openings")
@Produces(MediaType.APPLICATION_JSON)
public class OpeningsResource {
  @Inject private OpeningService openings;
  @Inject private CallerOrganisation caller;
  @Inject private RequestLanguage requestLanguage;
  @Inject private OpeningFilterParser filterParser;
  @Inject private OpeningDtoAssembler assembler;
  @Inject private org.talentbruecke.shared.interfaces.rest.RequestBodies bodies;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @RolesAllowed("EMPLOYER")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft opening for the caller's organisation")
  public Response create(OpeningBodyDto dto) {
    OpeningBodyDto body = require(dto);
    OpeningDto created =
        dto(bodies.checked(body, () -> openings.createDraft(caller.id(security), body.toInput())));
    return Response.created(URI.create("/api/v1/openings/" + created.id())).entity(created).build();
  }

  @GET
  @Operation(
      summary =
          "Published openings (public), or the caller's own openings with drafts (mine=true, employers)",
      description =
          "Filters for the public list: occupation (ESCO URI), municipality (8-digit AGS), hours,"
              + " maxGermanLevel (A1..C2).")
  public List<OpeningDto> list(
      @QueryParam("mine") boolean mine,
      @QueryParam("occupation") String occupation,
      @QueryParam("municipality") String municipality,
      @QueryParam("hours") String hours,
      @QueryParam("maxGermanLevel") String maxGermanLevel) {
    if (!mine) {
      return dtos(
          openings.published(filterParser.filter(occupation, municipality, hours, maxGermanLevel)));
    }
    if (security.getUserPrincipal() == null) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, "Send a bearer token.");
    }
    if (!security.isUserInRole("EMPLOYER")) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Only employers have openings of their own.");
    }
    return dtos(openings.ofOrganisation(caller.id(security)));
  }

  @GET
  @Path("published/{id}")
  @jakarta.annotation.security.PermitAll
  @Operation(
      summary = "One published opening with its requirements, as job seekers see it (public)")
  @APIResponse(
      responseCode = "404",
      description = "No such published opening (drafts, closed and expired ones included)",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public OpeningDto published(@PathParam("id") long id) {
    return dto(openings.published(id));
  }

  @RolesAllowed("EMPLOYER")
  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's organisation's openings")
  public OpeningDto get(@PathParam("id") long id) {
    return dto(openings.get(caller.id(security), id));
  }

  @RolesAllowed("EMPLOYER")
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a draft's or a published opening's text and details (all fields at once)",
      description =
          "A draft changes at once. A published opening is corrected only after the fair job-ad"
              + " check of the new title and description: with findings the answer is 409 (problem"
              + " type ad-check-findings, findings in the body) and the published version stays"
              + " online unchanged, unless acknowledgeFindings is true. The version online until"
              + " then is kept (GET .../versions). Closed openings cannot be changed.")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields; nothing was changed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "No such opening of the caller's organisation",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Closed, or fair job-ad findings not acknowledged; nothing was changed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public OpeningDto update(
      @PathParam("id") long id,
      @QueryParam("acknowledgeFindings") boolean acknowledgeFindings,
      OpeningBodyDto dto) {
    OpeningBodyDto body = require(dto);
    return dto(
        bodies.checked(
            body,
            () ->
                openings.edit(
                    caller.id(security),
                    id,
                    body.toInput(),
                    caller.accountId(security),
                    acknowledgeFindings,
                    requestLanguage.of(headers))));
  }

  @RolesAllowed("EMPLOYER")
  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a draft of the caller's organisation")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "No such opening of the caller's organisation",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Published or closed openings are not deleted (close it instead)",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response delete(@PathParam("id") long id) {
    openings.delete(caller.id(security), id);
    return Response.noContent().build();
  }

  @RolesAllowed("EMPLOYER")
  @GET
  @Path("{id}/versions")
  @Operation(summary = "Earlier published versions of one of the caller's openings, newest first")
  public List<OpeningVersionDto> versions(@PathParam("id") long id) {
    return openings.versions(caller.id(security), id).stream().map(OpeningVersionDto::of).toList();
  }

  @RolesAllowed("EMPLOYER")
  @POST
  @Path("{id}/extend")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Let a published opening run longer (or again, when it expired)",
      description =
          "lastDay is the last day it is online in the region; after today and at most 60 days"
              + " ahead.")
  @APIResponse(
      responseCode = "400",
      description = "lastDay missing, not after today, or too far ahead",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Not published",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public OpeningDto extend(@PathParam("id") long id, ExpiryDto dto) {
    return dto(
        bodies.checked(
            dto,
            () -> openings.extend(caller.id(security), id, dto == null ? null : dto.lastDay())));
  }

  @RolesAllowed("EMPLOYER")
  @POST
  @Path("{id}/reopen")
  @Operation(
      summary = "Copy a closed opening into a new draft",
      description =
          "The closed opening stays closed with its candidates and history; the new draft has its"
              + " text, terms and requirements and no candidates.")
  @APIResponse(responseCode = "201", description = "The new draft")
  @APIResponse(
      responseCode = "409",
      description = "Not closed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response reopen(@PathParam("id") long id) {
    OpeningDto created = dto(openings.reopen(caller.id(security), id));
    return Response.created(URI.create("/api/v1/openings/" + created.id())).entity(created).build();
  }

  @RolesAllowed("EMPLOYER")
  @GET
  @Path("{id}/acknowledged-findings")
  @Operation(
      summary = "Fair job-ad findings the organisation published anyway, for one of its openings")
  public List<AcknowledgedFindingDto> acknowledgedFindings(@PathParam("id") long id) {
    return openings.acknowledgedFindings(caller.id(security), id).stream()
        .map(AcknowledgedFindingDto::of)
        .toList();
  }

  @RolesAllowed("EMPLOYER")
  @POST
  @Path("{id}/publish")
  @Operation(
      summary = "Publish a draft (only for verified organisations)",
      description =
          "Runs the fair job-ad check on title and description first. With findings the answer is"
              + " 409 (problem type ad-check-findings, findings in the body) unless acknowledgeFindings"
              + " is true; then the opening is published and the findings are recorded. Published"
              + " openings expire after 60 days.")
  @APIResponse(responseCode = "200", description = "Published")
  @APIResponse(
      responseCode = "403",
      description = "Organisation not verified yet",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "No such opening of the caller's organisation",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Fair job-ad findings not acknowledged, or not a draft",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public OpeningDto publish(
      @PathParam("id") long id, @QueryParam("acknowledgeFindings") boolean acknowledgeFindings) {
    return dto(
        openings.publish(
            caller.id(security),
            id,
            caller.accountId(security),
            acknowledgeFindings,
            requestLanguage.of(headers)));
  }

  @RolesAllowed("EMPLOYER")
  @POST
  @Path("{id}/close")
  @Operation(summary = "Close a published opening of the caller's organisation")
  public OpeningDto close(@PathParam("id") long id) {
    return dto(openings.close(caller.id(security), id, caller.accountId(security)));
  }

  @POST
  @Path("{id}/unpublish")
  @RolesAllowed("STAFF")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take any published opening offline, with a reason (staff)")
  public OpeningDto unpublish(@PathParam("id") long id, ReasonDto dto) {
    return dto(
        bodies.checked(
            dto,
            () ->
                openings.unpublish(
                    id, caller.accountId(security), dto == null ? null : dto.reason())));
  }

  private OpeningDto dto(Opening opening) {
    return assembler.dto(opening, requestLanguage.of(headers));
  }

  private List<OpeningDto> dtos(List<Opening> list) {
    return assembler.dtos(list, requestLanguage.of(headers));
  }

  private static OpeningBodyDto require(OpeningBodyDto dto) {
    if (dto == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
    return dto;
  }
}
