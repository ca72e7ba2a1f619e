package org.talentbruecke.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.identity.application.AccountService;

/** All accounts, for administrators. */
@Path("/admin/accounts")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminAccountsResource {
  @Inject private AccountService accounts;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "List all accounts (administrators)")
  public List<MeDto> all() {
    return accounts.all().stream()
        .map(
            a ->
                new MeDto(
                    a.getId(), a.getEmail(), List.of(a.getRole().name()), a.getOrganisationId()))
        .toList();
  }
}
