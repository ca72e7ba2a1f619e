package org.talentbruecke.profile.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.WrongPassword;
import org.talentbruecke.profile.application.PersonalDataExport;
import org.talentbruecke.profile.application.PersonalDetailsService;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.application.ProfileHandles;
import org.talentbruecke.profile.application.ProfileService;
import org.talentbruecke.profile.domain.Completeness;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/**
 * The caller's own skills profile, whole or step by step. Only job seekers have one; the profile is
 * always the caller's, so there is no id to guess.
 */
@Path("/profiles/me")
@RequestScoped
@RolesAllowed("JOB_SEEKER")
@SecurityRequirement(name = "bearer")
@Tag(name = "Profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfilesResource {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private ProfileService profiles;
  @Inject private PersonalDetailsService personal;
  @Inject private org.talentbruecke.shared.interfaces.rest.RequestBodies bodies;
  @Inject private ProfileHandles handles;
  @Inject private PersonalDataExport export;
  @Inject private AccountService accounts;
  @Inject private ClientAddress clientAddress;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  @GET
  @Operation(
      summary = "The caller's profile (empty lists before the first save)",
      description =
          "The profile's fields and, once it was saved, its `handle`: the pseudonymous name under"
              + " which verified employers see it in rankings (such as 7F3K-9QXZ). A PUT ignores"
              + " the handle.")
  @APIResponse(
      responseCode = "200",
      description = "The profile, with `handle` (text) once saved",
      content = @Content(schema = @Schema(implementation = ProfileData.class)))
  public JsonObject get() {
    long account = caller();
    return withHandle(account, profiles.read(account));
  }

  /** The profile's fields exactly as ProfileData writes them, and the handle once there is one. */
  private JsonObject withHandle(long account, ProfileData profile) {
    JsonObject data;
    try (JsonReader reader = Json.createReader(new StringReader(JSON.toJson(profile)))) {
      data = reader.readObject();
    }
    return profiles
        .forMatching(account)
        .map(
            p ->
                Json.createObjectBuilder(data)
                    .add("handle", handles.handleOf(p.profileId()))
                    .build())
        .orElse(data);
  }

  @PUT
  @Operation(
      summary = "Replace the whole profile; nothing is stored when a field is invalid",
      description = "Answers like GET, with the handle; a handle in the body is ignored.")
  @APIResponse(
      responseCode = "200",
      description = "The saved profile, with `handle`",
      content = @Content(schema = @Schema(implementation = ProfileData.class)))
  public JsonObject put(ProfileData body) {
    long account = caller();
    return withHandle(account, profiles.replace(account, required(body)));
  }

  @PUT
  @Path("occupations")
  @Operation(summary = "Replace the desired ESCO occupations (step 1)")
  public ProfileData occupations(List<ProfileData.Occupation> body) {
    List<ProfileData.Occupation> list = required(body);
    return profiles.update(caller(), p -> p.withOccupations(list));
  }

  @PUT
  @Path("skills")
  @Operation(summary = "Replace the skills (step 2)")
  public ProfileData skills(List<ProfileData.Skill> body) {
    List<ProfileData.Skill> list = required(body);
    return profiles.update(caller(), p -> p.withSkills(list));
  }

  @PUT
  @Path("work-history")
  @Operation(summary = "Replace the work history (step 3)")
  public ProfileData workHistory(List<ProfileData.Work> body) {
    List<ProfileData.Work> list = required(body);
    return profiles.update(caller(), p -> p.withWorkHistory(list));
  }

  @PUT
  @Path("languages")
  @Operation(summary = "Replace the languages with CEFR levels and certificates (step 4)")
  public ProfileData languages(List<ProfileData.Language> body) {
    List<ProfileData.Language> list = required(body);
    return profiles.update(caller(), p -> p.withLanguages(list));
  }

  @PUT
  @Path("german-courses")
  @Operation(summary = "Replace the integration and job-related German courses (step 4)")
  public ProfileData germanCourses(List<ProfileData.Course> body) {
    List<ProfileData.Course> list = required(body);
    return profiles.update(caller(), p -> p.withGermanCourses(list));
  }

  @PUT
  @Path("qualifications")
  @Operation(summary = "Replace the qualifications and their recognition (step 5)")
  public ProfileData qualifications(List<ProfileData.QualificationEntry> body) {
    List<ProfileData.QualificationEntry> list = required(body);
    return profiles.update(caller(), p -> p.withQualifications(list));
  }

  @PUT
  @Path("availability")
  @Operation(summary = "Replace availability and conditions (step 6)")
  public ProfileData availability(ProfileData.AvailabilityEntry body) {
    ProfileData.AvailabilityEntry entry = required(body);
    return profiles.update(caller(), p -> p.withAvailability(entry));
  }

  @PUT
  @Path("visibility")
  @Operation(
      summary =
          "Choose who may see the profile: HIDDEN, STAFF_ONLY or ANONYMOUS_TO_VERIFIED_EMPLOYERS")
  public ProfileData visibility(VisibilityDto body) {
    // In the whole profile an empty visibility keeps the current one; here it can only be a
    // mistake (VisibilityDto requires it).
    bodies.require(required(body));
    String chosen = body.visibility();
    return profiles.update(caller(), p -> p.withVisibility(chosen));
  }

  @GET
  @Path("export")
  @Operation(
      summary =
          "Everything stored about the caller as a JSON download (GDPR Art. 15 and 20): account,"
              + " personal details, the whole profile with ESCO labels; no password hash")
  @APIResponse(responseCode = "200", description = "The export, as an attachment")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a job seeker (see GET /accounts/me/export)")
  public Response export() {
    PersonalDataExport.Document document = export.of(caller(), requestedLocale());
    return Response.ok(document, MediaType.APPLICATION_JSON_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=" + PersonalDataExport.fileName(document.generatedAt()))
        .build();
  }

  @DELETE
  @Operation(
      summary =
          "Delete the caller's account with profile and personal details (GDPR Art. 17); needs"
              + " the current password in the body ({\"password\": …}) or the header"
              + " X-Current-Password; throttled like sign-in")
  @APIResponse(responseCode = "204", description = "Deleted; sessions and tokens have ended")
  @APIResponse(responseCode = "400", description = "No password given")
  @APIResponse(responseCode = "401", description = "Not signed in, or the password is wrong")
  @APIResponse(responseCode = "403", description = "Not a job seeker")
  @APIResponse(responseCode = "429", description = "Too many wrong passwords; try again later")
  public Response erase(
      ErasureDto body, @HeaderParam("X-Current-Password") String passwordInHeader) {
    ErasureDto given = body != null ? body : new ErasureDto(passwordInHeader);
    bodies.require(given);
    try {
      accounts.erase(caller(), given.password(), clientAddress.of(request));
    } catch (WrongPassword wrong) {
      throw new ProblemException(ProblemType.INVALID_CREDENTIALS, "The password is wrong.");
    }
    return Response.noContent().build();
  }

  @GET
  @Path("completeness")
  @Operation(summary = "How complete the profile is and what to add next")
  public CompletenessDto completeness() {
    Completeness c = profiles.completeness(caller());
    Locale locale =
        headers.getAcceptableLanguages().isEmpty()
            ? MessageTexts.DEFAULT_LOCALE
            : headers.getAcceptableLanguages().get(0);
    return new CompletenessDto(c.percent(), c.nextKey(), MessageTexts.format(locale, c.nextKey()));
  }

  @GET
  @Path("personal-details")
  @Operation(
      summary =
          "The optional personal details, stored apart from the profile and never shown to employers")
  public PersonalDetailsService.Data personalDetails() {
    return personal.read(caller());
  }

  @PUT
  @Path("personal-details")
  @Operation(
      summary =
          "Replace the optional personal details (nationality, date of birth, gender, photo flag)")
  public PersonalDetailsService.Data personalDetails(PersonalDetailsService.Data body) {
    return personal.replace(caller(), required(body));
  }

  private Locale requestedLocale() {
    return headers.getAcceptableLanguages().isEmpty()
        ? MessageTexts.DEFAULT_LOCALE
        : headers.getAcceptableLanguages().get(0);
  }

  private long caller() {
    return Long.parseLong(security.getUserPrincipal().getName());
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
    return body;
  }
}
