package org.talentbruecke.profile.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.profile.application.cv.CvService;
import org.talentbruecke.shared.interfaces.rest.Problem;

/**
 * The caller's printable CV. A resource of its own (a more specific path than {@code /profiles/me})
 * so the JSON profile resource stays as it is; a page links it directly, the session cookie
 * authenticates the browser.
 */
@Path("/profiles/me/cv.pdf")
@RequestScoped
@RolesAllowed("JOB_SEEKER")
@SecurityRequirement(name = "bearer")
@Tag(name = "Profiles")
public class CvResource {
  static final String PDF = "application/pdf";

  @Inject private CvService cvs;
  @Context private SecurityContext security;

  @GET
  @Produces(PDF)
  @Operation(
      summary = "The caller's CV as PDF: German, optionally side by side with a second language",
      description =
          "Shows name and e-mail of the account, the skills profile and only those optional personal"
              + " details (nationality, date of birth, gender) the person stored. ESCO labels are German, in the"
              + " second column English where ESCO has no label in that language. Arabic is set right to left.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "`second` is not one of en, ar, uk, tr",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "401",
      description = "No valid token or session",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "Not a job seeker",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response cv(
      @Parameter(
              description = "Second language beside German",
              schema = @Schema(enumeration = {"en", "ar", "uk", "tr"}))
          @QueryParam("second")
          String second) {
    byte[] pdf = cvs.pdf(Long.parseLong(security.getUserPrincipal().getName()), second);
    String file =
        second == null || second.isBlank() ? "lebenslauf.pdf" : "lebenslauf-de-" + second + ".pdf";
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "inline; filename=\"" + file + "\"")
        // A CV is personal data: no shared cache may keep it.
        .header("Cache-Control", "no-store")
        .build();
  }
}
