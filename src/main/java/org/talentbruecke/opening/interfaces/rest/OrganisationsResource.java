package org.talentbruecke.opening.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.opening.application.EmployerAccounts;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.application.StaffDecision;
import org.talentbruecke.opening.domain.VerificationRecord;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/**
 * Organisations: staff see those awaiting verification and verify them; employers see their own.
 */
@Path("/organisations")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {
  @Inject private OrganisationService organisations;
  @Inject private CallerOrganisation caller;
  @Inject private EmployerAccounts employerAccounts;
  @Inject private org.talentbruecke.shared.interfaces.rest.RequestBodies bodies;
  @Inject private org.talentbruecke.opening.application.InvitationService invitations;
  @Context private SecurityContext security;

  @GET
  @RolesAllowed("STAFF")
  @Operation(summary = "Organisations awaiting verification, with their profiles (staff)")
  public List<OrganisationDto> awaitingVerification() {
    return organisations.awaitingVerification().stream().map(OrganisationDto::of).toList();
  }

  @GET
  @Path("mine")
  @RolesAllowed("EMPLOYER")
  @Operation(summary = "The caller's own organisation (employers)")
  public OrganisationDto mine() {
    long organisation = caller.id(security);
    String notice =
        organisations.openNotice(organisation).map(VerificationRecord::getText).orElse(null);
    return organisations
        .find(organisation)
        .map(o -> OrganisationDto.of(o, notice))
        .orElseThrow(() -> new NotFound("Organisation"));
  }

  @PUT
  @Path("mine/profile")
  @RolesAllowed("EMPLOYER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the caller's organisation profile (employers)")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, each named; nothing was changed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public OrganisationDto describe(OrganisationProfileDto dto) {
    if (dto == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
    long organisation = caller.id(security);
    bodies.checked(
        dto,
        () ->
            organisations.describe(
                organisation, caller.accountId(security), dto.name(), dto.toInput()));
    return mine();
  }

  @POST
  @Path("mine/invitations")
  @RolesAllowed("EMPLOYER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Invite a colleague into the caller's organisation (employers)",
      description =
          "Answers the one-time token and the join link; they are shown once and never again."
              + " There is no e-mail: pass the link on yourself. The link works for 14 days, once.")
  @APIResponse(responseCode = "201", description = "Invitation created")
  @APIResponse(
      responseCode = "400",
      description = "No valid e-mail address",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public jakarta.ws.rs.core.Response invite(
      InvitationDto dto, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
    var issued =
        invitations.invite(
            caller.id(security), caller.accountId(security), dto == null ? null : dto.email());
    String link = uri.getBaseUri().resolve("../../join.xhtml?token=" + issued.token()).toString();
    return jakarta.ws.rs.core.Response.status(201)
        .entity(
            new InvitationDto(
                issued.invitation().getEmail(),
                issued.invitation().getExpiresAt().toString(),
                false,
                issued.token(),
                link))
        .build();
  }

  @GET
  @Path("mine/invitations")
  @RolesAllowed("EMPLOYER")
  @Operation(summary = "Invitations of the caller's organisation, newest first (without tokens)")
  public List<InvitationDto> invitations() {
    return invitations.ofOrganisation(caller.id(security)).stream()
        .map(
            i ->
                new InvitationDto(
                    i.getEmail(),
                    i.getExpiresAt().toString(),
                    i.getAcceptedAt() != null,
                    null,
                    null))
        .toList();
  }

  @POST
  @Path("{id}/verification")
  @RolesAllowed("STAFF")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Operation(
      summary = "Verify, reject or ask for details (staff)",
      description =
          "Without a body: verify. With {\"decision\":\"REJECT\",\"reason\":\"…\"} reject"
              + " (the reason is required and shown to the employer), with REQUEST_DETAILS ask the"
              + " employer for what is missing (required message). Every step is kept; see GET.")
  @APIResponse(
      responseCode = "400",
      description = "Unknown decision, or a rejection or request without a reason",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The step does not fit, e.g. verifying a verified organisation",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public OrganisationDto verify(
      @PathParam("id") long id,
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = VerificationDecisionDto.class)))
          String json) {
    // Read by hand: a body-less POST (the original "verify") has no content type at all.
    VerificationDecisionDto body = parse(json);
    StaffDecision decision = StaffDecision.VERIFY;
    if (body != null && body.decision() != null) {
      try {
        decision = StaffDecision.valueOf(body.decision());
      } catch (IllegalArgumentException e) {
        throw ValidationFailure.of("decision", "opening.error.choice");
      }
    }
    StaffDecision chosen = decision;
    long staff = Long.parseLong(security.getUserPrincipal().getName());
    if (body == null) {
      organisations.decide(id, staff, chosen, null);
    } else {
      bodies.checked(body, () -> organisations.decide(id, staff, chosen, body.reason()));
    }
    return organisations
        .find(id)
        .map(OrganisationDto::of)
        .orElseThrow(() -> new NotFound("Organisation"));
  }

  private static VerificationDecisionDto parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(json, VerificationDecisionDto.class);
    } catch (JsonbException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          "The body must be a JSON object with \"decision\" and \"reason\".");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @GET
  @Path("{id}/verification")
  @RolesAllowed("STAFF")
  @Operation(summary = "The organisation's verification history, newest first (staff)")
  public List<VerificationRecordDto> history(@PathParam("id") long id) {
    if (organisations.find(id).isEmpty()) {
      throw new NotFound("Organisation");
    }
    return organisations.history(id).stream()
        .map(
            r ->
                VerificationRecordDto.of(
                    r,
                    r.getActorAccountId() == null
                        ? null
                        : employerAccounts.nameOf(r.getActorAccountId()).orElse(null)))
        .toList();
  }
}
