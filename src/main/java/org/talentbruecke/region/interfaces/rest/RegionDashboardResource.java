package org.talentbruecke.region.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.region.application.RegionDashboard;
import org.talentbruecke.region.application.RegionDashboardService;
import org.talentbruecke.region.application.RegionReport;
import org.talentbruecke.region.application.ReportTable;
import org.talentbruecke.region.domain.Figure;
import org.talentbruecke.region.domain.IscoGroups;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.interfaces.rest.Problem;

/**
 * The regional dashboard as JSON for staff. Every figure about people is an object {@code {"value":
 * n, "suppressed": false}} or, for a small group, {@code {"value": null, "suppressed": true}};
 * counts of openings, positions and organisations are plain numbers. Labels are German.
 */
@Path("/region")
@RequestScoped
@Tag(name = "Region")
@SecurityRequirement(name = "bearer")
public class RegionDashboardResource {
  private static final String LABELS = "de";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private RegionDashboardService service;
  @Inject private Vocabulary vocabulary;
  @Inject private LanguageCatalog languages;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private RegionReport report;

  @GET
  @Path("/dashboard")
  @RolesAllowed({"STAFF", "ADMIN"})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Regional dashboard figures (staff, admins)",
      description =
          "Supply and demand by ISCO group and ESCO skill, languages, recognition, German levels"
              + " with the matches a one-level course would unlock, and the candidate pipeline."
              + " Job seekers are counted as they are today; openings open at some time in the"
              + " period. Figures about fewer than 5 people, or that would reveal such a figure by"
              + " subtraction, are null with suppressed: true. See docs/region-dashboard.md.")
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(
      responseCode = "400",
      description =
          "from or to not a date (YYYY-MM-DD), from after to, unknown municipality, ISCO major"
              + " group not 0..9; the problem names the parameter",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither staff nor admin")
  public JsonObject dashboard(
      @Parameter(description = "first day, YYYY-MM-DD; default: to") @QueryParam("from")
          String from,
      @Parameter(description = "last day, YYYY-MM-DD; default: today") @QueryParam("to") String to,
      @Parameter(description = "AGS of a municipality of the region") @QueryParam("municipality")
          String municipality,
      @Parameter(description = "ISCO-08 major group 0..9") @QueryParam("iscoMajor")
          String iscoMajor) {
    RegionDashboard d = service.dashboard(service.filter(from, to, municipality, iscoMajor));
    return json(d);
  }

  @GET
  @Path("/report.csv")
  @RolesAllowed({"STAFF", "ADMIN"})
  @Produces("text/csv")
  @Operation(
      summary = "Every table of the regional dashboard as CSV (staff, admins)",
      description =
          "The same figures and suppression as the page: one block per table (title, column"
              + " titles, rows), blocks separated by an empty line; UTF-8 with a byte-order mark"
              + " so that spreadsheets read umlauts. Texts in German unless lang=en|ar|uk|tr.")
  @APIResponse(responseCode = "200", description = "The CSV file")
  @APIResponse(
      responseCode = "400",
      description = "as for /region/dashboard",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither staff nor admin")
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("municipality") String municipality,
      @QueryParam("iscoMajor") String iscoMajor,
      @Parameter(description = "de (default), en, ar, uk or tr") @QueryParam("lang") String lang) {
    return export(from, to, municipality, iscoMajor, lang, "csv");
  }

  @GET
  @Path("/report.xlsx")
  @RolesAllowed({"STAFF", "ADMIN"})
  @Produces(XLSX)
  @Operation(
      summary = "Every table of the regional dashboard as an XLSX workbook (staff, admins)",
      description =
          "One sheet per table (title, bold column titles, rows), the same figures and"
              + " suppression as the page; whole numbers are numbers, suppressed ones the text"
              + " \"< 5\". Texts in German unless lang=en|ar|uk|tr.")
  @APIResponse(responseCode = "200", description = "The workbook")
  @APIResponse(
      responseCode = "400",
      description = "as for /region/dashboard",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither staff nor admin")
  public Response xlsx(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("municipality") String municipality,
      @QueryParam("iscoMajor") String iscoMajor,
      @Parameter(description = "de (default), en, ar, uk or tr") @QueryParam("lang") String lang) {
    return export(from, to, municipality, iscoMajor, lang, "xlsx");
  }

  private Response export(
      String from, String to, String municipality, String iscoMajor, String lang, String kind) {
    RegionDashboard d = service.dashboard(service.filter(from, to, municipality, iscoMajor));
    Locale locale =
        lang == null
            ? MessageTexts.DEFAULT_LOCALE
            : MessageTexts.supported(lang).orElse(MessageTexts.DEFAULT_LOCALE);
    List<ReportTable> tables = report.tables(d, locale);
    boolean csv = "csv".equals(kind);
    return Response.ok(
            csv ? ReportCsv.write(tables) : ReportXlsx.write(tables),
            csv ? "text/csv; charset=UTF-8" : XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"region-"
                + d.filter().from()
                + "-"
                + d.filter().to()
                + "."
                + kind
                + "\"")
        .build();
  }

  private JsonObject json(RegionDashboard d) {
    Set<String> uris = new HashSet<>();
    d.skillsMostAskedFor().forEach(s -> uris.add(s.skillUri()));
    d.skillsMostOffered().forEach(s -> uris.add(s.skillUri()));
    d.recognitionStalls().forEach(s -> uris.add(s.occupationUri()));
    d.occupations().forEach(o -> uris.add(IscoGroups.uri(o.iscoGroup())));
    Map<String, LocalizedLabel> labels = vocabulary.labels(uris, LABELS);

    JsonObjectBuilder filter = Json.createObjectBuilder();
    filter.add("from", d.filter().from().toString()).add("to", d.filter().to().toString());
    if (d.filter().municipality() == null) {
      filter.addNull("municipality");
    } else {
      filter.add("municipality", d.filter().municipality());
      filter.add(
          "municipalityName",
          municipalities.byAgs(d.filter().municipality()).map(Municipality::name).orElse(""));
    }
    if (d.filter().iscoMajor() == null) {
      filter.addNull("iscoMajor");
    } else {
      filter.add("iscoMajor", String.valueOf(d.filter().iscoMajor()));
    }

    JsonArrayBuilder occupations = Json.createArrayBuilder();
    d.occupations().forEach(o -> occupations.add(occupation(o, labels)));
    JsonArrayBuilder gaps = Json.createArrayBuilder();
    d.biggestGaps().forEach(o -> gaps.add(occupation(o, labels)));
    JsonArrayBuilder unused = Json.createArrayBuilder();
    d.biggestUnusedSupply().forEach(o -> unused.add(occupation(o, labels)));
    JsonArrayBuilder asked = Json.createArrayBuilder();
    d.skillsMostAskedFor().forEach(s -> asked.add(skill(s, labels)));
    JsonArrayBuilder offered = Json.createArrayBuilder();
    d.skillsMostOffered().forEach(s -> offered.add(skill(s, labels)));
    JsonArrayBuilder langs = Json.createArrayBuilder();
    d.languages()
        .forEach(
            l ->
                langs.add(
                    Json.createObjectBuilder()
                        .add("code", l.code())
                        .add("label", languages.displayName(l.code(), Locale.GERMAN))
                        .add("jobSeekers", figure(l.jobSeekers()))
                        .add("openingsAsking", l.openings())
                        .add("organisationsWithCustomers", l.organisationsWithCustomers())));
    JsonArrayBuilder recognition = Json.createArrayBuilder();
    d.recognition()
        .forEach(
            r ->
                recognition.add(
                    Json.createObjectBuilder()
                        .add("status", r.status())
                        .add("jobSeekers", figure(r.jobSeekers()))));
    JsonArrayBuilder stalls = Json.createArrayBuilder();
    d.recognitionStalls()
        .forEach(
            r ->
                stalls.add(
                    Json.createObjectBuilder()
                        .add("occupationUri", r.occupationUri())
                        .add("label", label(labels, r.occupationUri()))
                        .add("jobSeekers", figure(r.jobSeekers()))));
    JsonArrayBuilder german = Json.createArrayBuilder();
    d.german()
        .forEach(
            g ->
                german.add(
                    Json.createObjectBuilder()
                        .add("level", g.level())
                        .add("jobSeekers", figure(g.jobSeekers()))
                        .add("openingsRequiring", g.openingsRequiring())
                        .add("openingsRequiringNextLevel", g.openingsRequiringNextLevel())
                        .add("matchesUnlockedByOneLevel", figure(g.unlockedMatches()))));
    JsonArrayBuilder pipeline = Json.createArrayBuilder();
    d.pipeline()
        .forEach(
            p ->
                pipeline.add(
                    Json.createObjectBuilder()
                        .add("stage", p.stage())
                        .add("furthestStage", figure(p.cases()))
                        .add("reachedAtLeast", figure(p.reachedAtLeast()))));
    return Json.createObjectBuilder()
        .add("filter", filter)
        .add("jobSeekers", figure(d.jobSeekers()))
        .add("openings", d.openings())
        .add("positions", d.positions())
        .add(
            "supplyAndDemand",
            Json.createObjectBuilder()
                .add("occupationGroups", occupations)
                .add("biggestGaps", gaps)
                .add("biggestUnusedSupply", unused)
                .add("skillsMostAskedFor", asked)
                .add("skillsMostOffered", offered))
        .add("languages", langs)
        .add(
            "recognition",
            Json.createObjectBuilder()
                .add("byStatus", recognition)
                .add("stalledAfterMonths", RegionDashboardService.STALLED_AFTER_MONTHS)
                .add("stalls", stalls))
        .add(
            "german",
            Json.createObjectBuilder()
                .add("levels", german)
                .add("matchesUnlockedByOneLevel", figure(d.matchesUnlockedByOneLevel())))
        .add("pipeline", pipeline)
        .add("fairness", "not available: profiles hold no self-stated origin group (decision 050)")
        .build();
  }

  private static JsonObjectBuilder occupation(
      RegionDashboard.OccupationRow o, Map<String, LocalizedLabel> labels) {
    return Json.createObjectBuilder()
        .add("iscoGroup", o.iscoGroup())
        .add("label", label(labels, IscoGroups.uri(o.iscoGroup())))
        .add("jobSeekers", figure(o.jobSeekers()))
        .add("positions", o.positions())
        .add("gap", figure(o.gap()));
  }

  private static JsonObjectBuilder skill(
      RegionDashboard.SkillRow s, Map<String, LocalizedLabel> labels) {
    return Json.createObjectBuilder()
        .add("skillUri", s.skillUri())
        .add("label", label(labels, s.skillUri()))
        .add("jobSeekers", figure(s.jobSeekers()))
        .add("openingsAsking", s.openings());
  }

  private static String label(Map<String, LocalizedLabel> labels, String uri) {
    LocalizedLabel l = labels.get(uri);
    return l == null ? uri : l.text();
  }

  /** {"value": n, "suppressed": false} or {"value": null, "suppressed": true}. */
  static JsonObject figure(Figure f) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (f.suppressed()) {
      b.addNull("value");
    } else {
      b.add("value", f.value());
    }
    return b.add("suppressed", f.suppressed()).build();
  }
}
