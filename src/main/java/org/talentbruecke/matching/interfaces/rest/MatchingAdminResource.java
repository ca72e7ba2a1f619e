package org.talentbruecke.matching.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.matching.application.MatchingService;

/** Admins rebuild the matching index on demand. */
@Path("/admin/matching/rebuild")
@RequestScoped
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
public class MatchingAdminResource {
  @Inject private MatchingService matching;

  @POST
  @RolesAllowed("ADMIN")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rebuild the matching index from the database in the background (admins)",
      description =
          "Rankings keep using the current index until the new one is swapped in; /health/ready"
              + " shows the counts. status is started, or already-running when a build was under"
              + " way.")
  @APIResponse(responseCode = "202", description = "The rebuild runs")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public Response rebuild() {
    String status = matching.rebuildNow() ? "started" : "already-running";
    return Response.accepted(Json.createObjectBuilder().add("status", status).build().toString())
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
