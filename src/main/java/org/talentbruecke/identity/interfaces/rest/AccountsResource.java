package org.talentbruecke.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.EmployerRegistration;
import org.talentbruecke.identity.application.RegistrationRequest;
import org.talentbruecke.identity.application.RegistrationService;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** Self-registration and the caller's own account. */
@Path("/")
@RequestScoped
@Tag(name = "Accounts")
public class AccountsResource {
  @Inject private RegistrationService registration;
  @Inject private EmployerRegistration employerRegistration;
  @Inject private AccountService accounts;
  @Inject private ClientAddress clientAddress;
  @Inject private org.talentbruecke.shared.interfaces.rest.RequestBodies bodies;
  @Inject private Clock clock;
  @Inject private org.talentbruecke.shared.application.AuditTrail audit;
  @Context private HttpServletRequest request;
  @Context private SecurityContext security;

  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register as a job seeker or as an employer with a new organisation")
  public Response register(RegistrationDto dto) {
    if (dto == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
    RegistrationRequest registrationRequest =
        new RegistrationRequest(
            dto.email(),
            dto.password(),
            dto.displayName(),
            parseRole(dto.role()),
            dto.organisationName(),
            dto.preferredLanguage(),
            Boolean.TRUE.equals(dto.privacyAccepted()));
    String address = clientAddress.of(request);
    // Employers register with their organisation, which the opening context owns.
    Account account =
        bodies.checked(
            dto,
            () ->
                registrationRequest.isEmployer()
                    ? accounts
                        .find(
                            employerRegistration.registerWithNewOrganisation(
                                registrationRequest, address))
                        .orElseThrow()
                    : registration.registerSelf(registrationRequest, address));
    return Response.created(URI.create("/api/v1/me")).entity(toDto(account)).build();
  }

  @GET
  @Path("me")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"JOB_SEEKER", "EMPLOYER", "STAFF", "ADMIN"})
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "The caller's id, e-mail and roles")
  public MeDto me() {
    long id = Long.parseLong(security.getUserPrincipal().getName());
    return accounts
        .find(id)
        .map(AccountsResource::toDto)
        .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such account."));
  }

  @GET
  @Path("accounts/me/export")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"JOB_SEEKER", "EMPLOYER", "STAFF", "ADMIN"})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "What the account itself stores about the caller, as a JSON download (GDPR Art. 15);"
              + " job seekers get everything from GET /profiles/me/export")
  public Response exportAccount() {
    long id = Long.parseLong(security.getUserPrincipal().getName());
    AccountExportDto export =
        accounts
            .record(id)
            .map(
                a ->
                    new AccountExportDto(
                        "talentbruecke-account-export/1",
                        clock.instant(),
                        a,
                        Role.JOB_SEEKER.name().equals(a.role())
                            ? "/api/v1/profiles/me/export"
                            : null))
            .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such account."));
    audit.record(
        org.talentbruecke.shared.application.AuditEvent.of(
                org.talentbruecke.shared.application.AuditTypes.DATA_EXPORTED, id, id)
            .on("ACCOUNT_EXPORT", String.valueOf(id))
            .withDetails(export.format()));
    return Response.ok(export)
        .header(
            "Content-Disposition",
            "attachment; filename=talentbruecke-export-"
                + export.generatedAt().toString().substring(0, 10)
                + ".json")
        .build();
  }

  @DELETE
  @Path("me/sessions")
  @RolesAllowed({"JOB_SEEKER", "EMPLOYER", "STAFF", "ADMIN"})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Log out everywhere: ends every session and revokes every token of the caller")
  public Response endAllSessions() {
    accounts.endAllSessions(Long.parseLong(security.getUserPrincipal().getName()));
    return Response.noContent().build();
  }

  private static Role parseRole(String role) {
    try {
      return role == null ? null : Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationFailure.of("role", "validation.role");
    }
  }

  private static MeDto toDto(Account account) {
    return new MeDto(
        account.getId(),
        account.getEmail(),
        List.of(account.getRole().name()),
        account.getOrganisationId());
  }
}
