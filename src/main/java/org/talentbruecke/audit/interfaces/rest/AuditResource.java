package org.talentbruecke.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.audit.application.AuditCsv;
import org.talentbruecke.audit.application.AuditLog;
import org.talentbruecke.audit.application.AuditQuery;
import org.talentbruecke.audit.domain.AuditSort;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.interfaces.rest.Problem;

/** The audit trail for admins (decision 043): filtered pages as JSON, everything as CSV. */
@Path("/audit")
@RequestScoped
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  @Inject private AuditLog log;
  @Inject private AuditTrail trail;
  @Context private SecurityContext security;

  /**
   * One audit entry.
   *
   * @param actor "name &lt;e-mail&gt;" of the acting account, its pseudonym once erased, null when
   *     unknown (a failed sign-in with an unknown address)
   * @param subject the person the entry is about, likewise
   */
  public record EntryDto(
      Long id,
      String at,
      String type,
      String actor,
      String actorPseudonym,
      String actorRole,
      String organisation,
      String subject,
      String subjectPseudonym,
      String entity,
      String entityId,
      String field,
      String oldValue,
      String newValue,
      String details) {}

  /** One page of the trail. */
  public record PageDto(List<EntryDto> items, long total, int limit, int offset) {}

  @GET
  @RolesAllowed("ADMIN")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The audit trail, newest first (admins)",
      description =
          "Sign-ins, failed sign-ins, changes, exports, staff decisions, consents and profile"
              + " views. from/to: a day (2026-12-03, Europe/Berlin, both included) or an instant;"
              + " actor: account id, e-mail address or pseudonym (P-…); type: an entry code such"
              + " as SIGN_IN.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the trail",
      content = @Content(schema = @Schema(implementation = PageDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed (named in errors), or from lies after to",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public PageDto entries(
      @Parameter(description = "from this day or instant") @QueryParam("from") String from,
      @Parameter(description = "up to this day (included) or instant") @QueryParam("to") String to,
      @Parameter(description = "account id, e-mail address or pseudonym") @QueryParam("actor")
          String actor,
      @Parameter(description = "entry type, e.g. SIGN_IN") @QueryParam("type") String type,
      @Parameter(description = "1..500, default 50") @QueryParam("limit") String limit,
      @Parameter(description = "0 or more, default 0") @QueryParam("offset") String offset) {
    FieldChecks paging = new FieldChecks();
    int size = number(paging, "limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    int from0 = number(paging, "offset", offset, 0, 0, Integer.MAX_VALUE);
    AuditQuery query = parse(paging, from, to, actor, type);
    AuditLog.Page page = log.page(query, AuditSort.NEWEST_FIRST, size, from0);
    return new PageDto(
        page.rows().stream().map(AuditResource::dto).toList(), page.total(), size, from0);
  }

  @GET
  @Path("csv")
  @RolesAllowed("ADMIN")
  @Produces("text/csv")
  @Operation(
      summary = "The audit trail as CSV (admins)",
      description = "The same filters as GET /audit; every matching entry, at most 100,000.")
  @APIResponse(responseCode = "200", description = "CSV, UTF-8, as an attachment")
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed, or from lies after to",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("type") String type) {
    AuditQuery query = parse(new FieldChecks(), from, to, actor, type);
    List<AuditLog.Row> rows = log.all(query);
    long admin = Long.parseLong(security.getUserPrincipal().getName());
    trail.record(
        AuditEvent.of(AuditTypes.DATA_EXPORTED, admin, null)
            .on("AUDIT", null)
            .withDetails(rows.size() + " entries as CSV"));
    return Response.ok(AuditCsv.of(rows), "text/csv;charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=talentbruecke-audit-"
                + Instant.now().toString().substring(0, 10)
                + ".csv")
        .build();
  }

  /** Checks the filter together with the paging errors found so far, so all are named at once. */
  private static AuditQuery parse(
      FieldChecks earlier, String from, String to, String actor, String type) {
    try {
      AuditQuery query = AuditQuery.parse(from, to, actor, type);
      earlier.throwIfAny();
      return query;
    } catch (org.talentbruecke.shared.application.ValidationFailure e) {
      e.errors().forEach(err -> earlier.add(err.field(), err.messageKey(), err.arguments()));
      earlier.throwIfAny();
      throw e;
    }
  }

  private static int number(
      FieldChecks checks, String name, String text, int fallback, int min, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    checks.add(name, "audit.validation." + name, min, max);
    return fallback;
  }

  private static EntryDto dto(AuditLog.Row r) {
    return new EntryDto(
        r.id(),
        r.at().toString(),
        r.type(),
        r.actor(),
        r.actorPseudonym(),
        r.actorRole(),
        r.organisation(),
        r.subject(),
        r.subjectPseudonym(),
        r.entity(),
        r.entityId(),
        r.field(),
        r.oldValue(),
        r.newValue(),
        r.details());
  }
}
