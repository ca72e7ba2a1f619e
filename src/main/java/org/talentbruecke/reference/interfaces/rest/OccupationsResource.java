package org.talentbruecke.reference.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.reference.application.EscoStore;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoUris;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.NotFound;

/** Public search over ESCO occupations, and the skills ESCO links to an occupation. */
@Path("/occupations")
@RequestScoped
@Tag(name = "Reference data")
public class OccupationsResource extends ConceptSearchResource {
  private static final String OCCUPATION_PREFIX = EscoUris.PREFIX + "occupation/";
  private static final Pattern ESCO_ID = Pattern.compile("[0-9a-fA-F-]{1,64}");

  @Inject private EscoStore store;

  public OccupationsResource() {
    super(ConceptType.OCCUPATION);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search ESCO occupations by label",
      description = "Like the skill search; each hit carries the ISCO-08 unit group.")
  @APIResponse(responseCode = "200", description = FOUND)
  @APIResponse(responseCode = "400", description = INVALID)
  public List<ConceptHitDto> search(
      @Parameter(description = Q, required = true) @QueryParam("q") String q,
      @Parameter(description = LANG) @QueryParam("lang") @DefaultValue(DEFAULT_LANG) String lang,
      @Parameter(description = LIMIT) @QueryParam("limit") @DefaultValue("10") int limit) {
    return find(q, lang, limit);
  }

  @GET
  @Path("{escoId}/skills")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The essential and optional skills of an ESCO occupation")
  @APIResponse(responseCode = "200", description = "Skills sorted by label")
  @APIResponse(responseCode = "404", description = "No such occupation")
  public OccupationSkillsDto skills(
      @Parameter(
              description = "The last part of the occupation's ESCO URI",
              example = "1aadb308-432a-4d01-b54b-b4f7f76dd419")
          @PathParam("escoId")
          String escoId,
      @Parameter(description = LANG) @QueryParam("lang") @DefaultValue(DEFAULT_LANG) String lang) {
    FieldChecks checks = new FieldChecks();
    SearchParameters.checkLanguage(checks, lang);
    checks.throwIfAny();
    if (!ESCO_ID.matcher(escoId).matches()) {
      throw new NotFound("ESCO occupation " + escoId);
    }
    return store
        .occupationSkills(OCCUPATION_PREFIX + escoId.toLowerCase(), lang)
        .map(OccupationSkillsDto::of)
        .orElseThrow(() -> new NotFound("ESCO occupation " + escoId));
  }
}
