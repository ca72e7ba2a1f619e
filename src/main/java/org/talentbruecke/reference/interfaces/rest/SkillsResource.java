package org.talentbruecke.reference.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.reference.domain.ConceptType;

/** Public type-ahead search over ESCO skills. */
@Path("/skills")
@RequestScoped
@Tag(name = "Reference data")
public class SkillsResource extends ConceptSearchResource {
  public SkillsResource() {
    super(ConceptType.SKILL);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search ESCO skills by label",
      description =
          "Matches preferred, alternative and hidden labels in German and English;"
              + " ignores case, accepts ae/oe/ue/ss for umlauts and tolerates small typos.")
  @APIResponse(responseCode = "200", description = FOUND)
  @APIResponse(responseCode = "400", description = INVALID)
  public List<ConceptHitDto> search(
      @Parameter(description = Q, required = true) @QueryParam("q") String q,
      @Parameter(description = LANG) @QueryParam("lang") @DefaultValue(DEFAULT_LANG) String lang,
      @Parameter(description = LIMIT) @QueryParam("limit") @DefaultValue("10") int limit) {
    return find(q, lang, limit);
  }
}
