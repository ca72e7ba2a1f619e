package org.talentbruecke.matching.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.matching.application.CandidateSource;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.application.StaffDecisions;
import org.talentbruecke.matching.domain.DecisionKind;
import org.talentbruecke.matching.domain.DecisionWithdrawn;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.rest.PagingParameters;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;
import org.talentbruecke.shared.interfaces.rest.RequestBodies;

/**
 * Human oversight: staff pin or exclude a candidate for an opening with a written reason, list the
 * opening's decisions (active and withdrawn) and withdraw one.
 */
@Path("/openings/{id}/decisions")
@RequestScoped
@RolesAllowed("STAFF")
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {
  @Inject private StaffDecisions decisions;
  @Inject private MatchingService matching;
  @Inject private RequestBodies bodies;
  @Context private SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Pin or exclude a candidate for an opening, with a reason (staff)",
      description =
          "A pinned candidate is shown to the employer as recommended by the region, first among"
              + " their tier; an excluded one is not shown to the employer at all. A new decision"
              + " about the same candidate withdraws the one before it.")
  @APIResponse(
      responseCode = "201",
      description = "Decided; Location names the decision",
      content = @Content(schema = @Schema(implementation = DecisionDtos.DecisionDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "handle, kind (PIN or EXCLUDE) or reason (5..500 characters) missing or wrong",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(
      responseCode = "404",
      description = "No such opening, or no candidate with this handle",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response decide(@PathParam("id") String id, DecisionDtos.DecisionRequestDto body) {
    long openingId = openingId(id);
    if (body == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
    bodies.require(body);
    DecisionKind kind = kind(body.kind());
    StaffDecisions.Decision decision =
        asProblem(() -> decisions.decide(openingId, body.handle(), kind, body.reason(), caller()));
    return Response.created(
            URI.create("/api/v1/openings/" + openingId + "/decisions/" + decision.id()))
        .entity(dto(decision))
        .build();
  }

  @GET
  @Operation(summary = "Every decision for an opening, active and withdrawn, oldest first (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The decisions",
      content =
          @Content(
              schema =
                  @Schema(
                      implementation = DecisionDtos.DecisionDto.class,
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(
      responseCode = "404",
      description = "No such opening",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<DecisionDtos.DecisionDto> list(@PathParam("id") String id) {
    long openingId = openingId(id);
    return asProblem(() -> decisions.forOpening(openingId)).stream().map(this::dto).toList();
  }

  @GET
  @Path("{decisionId}")
  @Operation(summary = "One decision (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The decision",
      content = @Content(schema = @Schema(implementation = DecisionDtos.DecisionDto.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such decision for this opening",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public DecisionDtos.DecisionDto one(
      @PathParam("id") String id, @PathParam("decisionId") String decisionId) {
    return decisions
        .find(openingId(id), PagingParameters.pathId(decisionId, "decision"))
        .map(this::dto)
        .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such decision."));
  }

  @DELETE
  @Path("{decisionId}")
  @Operation(summary = "Withdraw a decision (staff); it stays on record, marked with who and when")
  @APIResponse(
      responseCode = "200",
      description = "The withdrawn decision",
      content = @Content(schema = @Schema(implementation = DecisionDtos.DecisionDto.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(
      responseCode = "404",
      description = "No such decision for this opening",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Already withdrawn",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public DecisionDtos.DecisionDto withdraw(
      @PathParam("id") String id, @PathParam("decisionId") String decisionId) {
    long openingId = openingId(id);
    long decision = PagingParameters.pathId(decisionId, "decision");
    return dto(asProblem(() -> decisions.withdraw(openingId, decision, caller())));
  }

  private DecisionDtos.DecisionDto dto(StaffDecisions.Decision d) {
    CandidateSource.Person person = matching.personBehind(d.handle()).orElse(null);
    return new DecisionDtos.DecisionDto(
        d.id(),
        d.openingId(),
        d.handle(),
        d.kind().name(),
        d.reason(),
        d.decidedBy(),
        d.decidedAt().toString(),
        d.withdrawnBy(),
        d.withdrawnAt() == null ? null : d.withdrawnAt().toString(),
        d.active(),
        person == null ? null : new MatchDtos.PersonDto(person.accountId(), person.name()));
  }

  /** The one mapping of what the decisions refuse to problem documents: 404 and 409. */
  private static <T> T asProblem(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (NotFound e) {
      throw new ProblemException(ProblemType.NOT_FOUND, e.getMessage() + ".");
    } catch (DecisionWithdrawn e) {
      throw new ProblemException(ProblemType.INVALID_STATE, e.getMessage());
    }
  }

  private static DecisionKind kind(String text) {
    try {
      return DecisionKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationFailure.of("kind", "matching.validation.kind");
    }
  }

  private long caller() {
    return Long.parseLong(security.getUserPrincipal().getName());
  }

  private static long openingId(String id) {
    return PagingParameters.pathId(id, "opening");
  }
}
