package org.talentbruecke.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.OwnAccount;
import org.talentbruecke.identity.domain.AccountOrder;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** Accounts, for administrators: find, deactivate and reactivate, end sessions, lift throttles. */
@Path("/admin/accounts")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {
  static final int MAX_LIMIT = 200;

  @Inject private AccountService accounts;
  @Context private SecurityContext security;

  @GET
  @Operation(
      summary = "Find accounts (administrators)",
      description =
          "By a piece of e-mail or name (q) and role, ordered by e-mail, one page at a time"
              + " (offset, limit up to 200); the header X-Total-Count says how many match.")
  public Response find(
      @QueryParam("q") String q,
      @QueryParam("role") String role,
      @QueryParam("offset") @DefaultValue("0") String offset,
      @QueryParam("limit") @DefaultValue("100") String limit) {
    Role wanted = null;
    if (role != null && !role.isBlank()) {
      try {
        wanted = Role.valueOf(role);
      } catch (IllegalArgumentException e) {
        throw new ProblemException(
            ProblemType.VALIDATION, "role must be JOB_SEEKER, EMPLOYER, STAFF or ADMIN.");
      }
    }
    int from = number("offset", offset, 0, Integer.MAX_VALUE);
    int size = number("limit", limit, 1, MAX_LIMIT);
    List<AdminAccountDto> page =
        accounts.search(q, wanted, AccountOrder.EMAIL, from, size).stream()
            .map(AdminAccountDto::of)
            .toList();
    return Response.ok(page).header("X-Total-Count", accounts.count(q, wanted)).build();
  }

  private static int number(String name, String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ProblemException(
        ProblemType.VALIDATION, name + " must be a whole number from " + min + " to " + max + ".");
  }

  @PUT
  @Path("{id}/deactivation")
  @Operation(summary = "Deactivate an account: it cannot sign in, its sessions and tokens end")
  @APIResponse(
      responseCode = "409",
      description = "An admin cannot deactivate their own account",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public AdminAccountDto deactivate(@PathParam("id") long id) {
    try {
      accounts.deactivate(caller(), id);
    } catch (OwnAccount e) {
      throw new ProblemException(
          ProblemType.INVALID_STATE, "You cannot deactivate your own account.");
    }
    return current(id);
  }

  @DELETE
  @Path("{id}/deactivation")
  @Operation(summary = "Reactivate an account")
  public AdminAccountDto reactivate(@PathParam("id") long id) {
    accounts.reactivate(id);
    return current(id);
  }

  @DELETE
  @Path("{id}/sessions")
  @Operation(summary = "End every session and API token of an account")
  public Response endSessions(@PathParam("id") long id) {
    current(id);
    accounts.endAllSessions(id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/throttle")
  @Operation(summary = "Let an account try to sign in again at once after too many failures")
  public Response liftThrottle(@PathParam("id") long id) {
    current(id);
    accounts.liftThrottle(id);
    return Response.noContent().build();
  }

  private AdminAccountDto current(long id) {
    return accounts.find(id).map(AdminAccountDto::of).orElseThrow(() -> new NotFound("Account"));
  }

  private long caller() {
    return Long.parseLong(security.getUserPrincipal().getName());
  }
}
