package org.talentbruecke.opening.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.shared.application.NotFound;

/** Organisations: staff see those awaiting verification and verify them; employers see their own. */
@Path("/organisations")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {
  @Inject private OrganisationService organisations;
  @Inject private CallerOrganisation caller;
  @Context private SecurityContext security;

  @GET
  @RolesAllowed("STAFF")
  @Operation(summary = "Organisations awaiting verification (staff)")
  public List<OrganisationDto> awaitingVerification() {
    return organisations.awaitingVerification().stream().map(OrganisationDto::of).toList();
  }

  @GET
  @Path("mine")
  @RolesAllowed("EMPLOYER")
  @Operation(summary = "The caller's own organisation (employers)")
  public OrganisationDto mine() {
    return organisations.find(caller.id(security)).map(OrganisationDto::of).orElseThrow(() -> new NotFound("Organisation"));
  }

  @POST
  @Path("{id}/verification")
  @RolesAllowed("STAFF")
  @Operation(summary = "Mark an organisation as verified (staff)")
  public OrganisationDto verify(@PathParam("id") long id) {
    if (!organisations.verify(id, Long.parseLong(security.getUserPrincipal().getName()))) {
      throw new NotFound("Organisation");
    }
    return organisations.find(id).map(OrganisationDto::of).orElseThrow(() -> new NotFound("Organisation"));
  }
}
