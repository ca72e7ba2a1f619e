package org.talentbruecke.matching.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.matching.application.CandidateFilter;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.application.OpeningNotPublished;
import org.talentbruecke.opening.application.EmployerAccounts;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.interfaces.rest.PagingParameters;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** Ranked, explained matches of job seekers for an opening. */
@Path("/openings/{id}/candidates")
@RequestScoped
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
public class MatchingResource {
  @Inject private MatchingService matching;
  @Inject private MatchCards cards;
  @Inject private EmployerAccounts employers;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @GET
  @RolesAllowed({"EMPLOYER", "STAFF"})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ranked job seekers for an opening, under pseudonymous handles",
      description =
          "Only job seekers who let verified employers see their profile. Each match has its tier,"
              + " score 0..100 and the contribution of every part with its reason (message key,"
              + " arguments and a sentence in the Accept-Language). No name, e-mail, phone or"
              + " birth date. Employers see their own organisation's openings, staff all. Staff"
              + " also get `person` (account id and name) for each handle; excluded candidates"
              + " are left out for everyone, pinned ones are marked recommendedByRegion and come"
              + " first among their tier.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the ranking (empty with a reason when nothing can be ranked)",
      content = @Content(schema = @Schema(implementation = MatchDtos.RankingDto.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "limit not 1..100, offset negative, sort not fit or value, a flag not true or false,"
              + " maxCommuteKm not 0..500, availableBy not a date",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither employer nor staff")
  @APIResponse(
      responseCode = "404",
      description = "No such opening, or another organisation's",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The opening is a draft, closed or expired",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public MatchDtos.RankingDto candidates(
      @PathParam("id") String id,
      @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
      @Parameter(description = "0 or more, default 0") @QueryParam("offset") String offset,
      @Parameter(description = "true: only those who have every must-have skill")
          @QueryParam("mustHavesOnly")
          String mustHavesOnly,
      @Parameter(
              description =
                  "fit (default: full matches first, by score) or value (full matches by added value,"
                      + " then score; close matches after them by fit)")
          @QueryParam("sort")
          String sort,
      @Parameter(
              description =
                  "true: only those with nothing left to recognise (every qualification from"
                      + " abroad fully equivalent, no recognition gap for this opening)")
          @QueryParam("recognitionComplete")
          String recognitionComplete,
      @Parameter(
              description =
                  "0..500: only those living at most this many km (straight line) from the"
                      + " opening's place")
          @QueryParam("maxCommuteKm")
          String maxCommuteKm,
      @Parameter(description = "a date (YYYY-MM-DD): only those who can start by then")
          @QueryParam("availableBy")
          String availableBy) {
    long openingId = PagingParameters.pathId(id, "opening");
    int pageSize = PagingParameters.limit(limit);
    int from = PagingParameters.offset(offset);
    CandidateFilter filter =
        new CandidateFilter(
            flag("mustHavesOnly", mustHavesOnly),
            flag("recognitionComplete", recognitionComplete),
            commute(maxCommuteKm),
            date("availableBy", availableBy));
    MatchingService.Sort order = sort(sort);
    boolean staff = security.isUserInRole("STAFF");
    Long organisation = staff ? null : callerOrganisation();
    try {
      return cards.page(
          matching.candidatesFor(organisation, openingId, pageSize, from, filter, order),
          pageSize,
          from,
          locale(),
          // Staff see who a handle is (human oversight); employers never do.
          staff ? matching::personBehind : handle -> java.util.Optional.empty());
    } catch (NotFound e) {
      throw new ProblemException(ProblemType.NOT_FOUND, "No such opening.");
    } catch (OpeningNotPublished e) {
      throw new ProblemException(ProblemType.INVALID_STATE, e.getMessage());
    }
  }

  private Long callerOrganisation() {
    long account = Long.parseLong(security.getUserPrincipal().getName());
    return employers
        .organisationOf(account)
        .orElseThrow(
            () ->
                new ProblemException(ProblemType.FORBIDDEN, "Not an employer of an organisation."));
  }

  private Locale locale() {
    return PagingParameters.locale(headers);
  }

  static boolean flag(String name, String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ProblemException(ProblemType.VALIDATION, name + " must be true or false.");
    };
  }

  static Integer commute(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int value = PagingParameters.wholeNumber("maxCommuteKm", text);
    if (value < 0 || value > CandidateFilter.MAX_COMMUTE_KM) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "maxCommuteKm must be between 0 and " + CandidateFilter.MAX_COMMUTE_KM + ".");
    }
    return value;
  }

  static java.time.LocalDate date(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ProblemException(ProblemType.VALIDATION, name + " must be a date like 2026-09-01.");
    }
  }

  static MatchingService.Sort sort(String text) {
    if (text == null || text.isBlank()) {
      return MatchingService.Sort.FIT;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "fit" -> MatchingService.Sort.FIT;
      case "value" -> MatchingService.Sort.VALUE;
      default -> throw new ProblemException(ProblemType.VALIDATION, "sort must be fit or value.");
    };
  }
}
