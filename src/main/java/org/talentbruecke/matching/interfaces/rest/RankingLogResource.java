package org.talentbruecke.matching.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.matching.application.RankingLog;
import org.talentbruecke.matching.domain.RankingLogEntry;
import org.talentbruecke.shared.interfaces.rest.PagingParameters;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** The log of rankings shown, for staff and admins (EU AI Act record keeping). */
@Path("/matching/log")
@RequestScoped
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
public class RankingLogResource {
  @Inject private RankingLog log;

  /**
   * One ranking as shown.
   *
   * @param shownAt ISO-8601 instant
   * @param role the asker's role: JOB_SEEKER, EMPLOYER, STAFF or ADMIN
   * @param direction CANDIDATES_FOR_OPENING or OPENINGS_FOR_PROFILE
   * @param results best first, separated by ';': handle (or opening id), ':', score, F (full) or C
   *     (close match), P when staff pinned the candidate
   */
  public record EntryDto(
      String shownAt,
      Long accountId,
      String role,
      String direction,
      Long openingId,
      String profileHandle,
      String results,
      int resultCount,
      int total,
      String algorithmVersion,
      String sort,
      String filters,
      int offset) {}

  /** One page of the log, newest first. */
  public record LogDto(List<EntryDto> items, long total, int limit, int offset) {}

  @GET
  @RolesAllowed({"STAFF", "ADMIN"})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The rankings shown, newest first (staff, admins)",
      description =
          "Who asked (account id and role), when, which way, for which opening or profile handle,"
              + " what the page showed with scores, algorithm version, sort and filters. Entries"
              + " are kept for talentbruecke.matching.log-retention-days (default 183).")
  @APIResponse(
      responseCode = "200",
      description = "One page of the log",
      content = @Content(schema = @Schema(implementation = LogDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "openingId not a number, limit not 1..100 or offset negative",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither staff nor admin")
  public LogDto entries(
      @Parameter(description = "only the rankings of this opening") @QueryParam("openingId")
          String openingId,
      @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
      @Parameter(description = "0 or more, default 0") @QueryParam("offset") String offset) {
    Long opening = opening(openingId);
    int pageSize = PagingParameters.limit(limit);
    int from = PagingParameters.offset(offset);
    RankingLog.Page page = log.read(opening, pageSize, from);
    return new LogDto(
        page.entries().stream().map(RankingLogResource::dto).toList(),
        page.total(),
        pageSize,
        from);
  }

  private static Long opening(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.VALIDATION, "openingId must be a whole number.");
    }
  }

  private static EntryDto dto(RankingLogEntry.Shown s) {
    return new EntryDto(
        s.at().toString(),
        s.accountId(),
        s.role(),
        s.direction().name(),
        s.openingId(),
        s.profileHandle(),
        s.results(),
        s.resultCount(),
        s.total(),
        s.algorithmVersion(),
        s.sort(),
        s.filters(),
        s.offset());
  }
}
