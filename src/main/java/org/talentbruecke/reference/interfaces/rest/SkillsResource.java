package org.talentbruecke.reference.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.talentbruecke.reference.application.ConceptSearch;
import org.talentbruecke.reference.domain.ConceptType;

/** Public type-ahead search over ESCO skills. */
@Path("/skills")
@RequestScoped
@Tag(name = "Reference data")
public class SkillsResource {
  @Inject private ConceptSearch search;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search ESCO skills by label",
      description =
          "Matches preferred, alternative and hidden labels in German and English;"
              + " ignores case, accepts ae/oe/ue/ss for umlauts and tolerates small typos.")
  @APIResponse(responseCode = "200", description = "Best matches first")
  @APIResponse(responseCode = "400", description = "q shorter than 2 characters, bad lang or limit")
  public List<ConceptHitDto> search(
      @Parameter(description = "At least 2 characters", required = true) @QueryParam("q") String q,
      @Parameter(description = "ISO 639-1 language of the labels shown")
          @QueryParam("lang")
          @DefaultValue(SearchParameters.DEFAULT_LANGUAGE)
          String lang,
      @Parameter(description = "1 to 50") @QueryParam("limit") @DefaultValue("10") int limit) {
    SearchParameters.check(q, lang, limit);
    return search.search(q.strip(), lang, ConceptType.SKILL, limit).stream()
        .map(hit -> ConceptHitDto.of(hit, false))
        .toList();
  }
}
