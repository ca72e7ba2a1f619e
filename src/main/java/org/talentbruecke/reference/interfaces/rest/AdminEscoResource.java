package org.talentbruecke.reference.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.reference.application.EscoImportService;
import org.talentbruecke.reference.application.EscoIssue;
import org.talentbruecke.reference.application.EscoStore;
import org.talentbruecke.reference.application.EscoValidationException;
import org.talentbruecke.reference.application.ImportAlreadyRunning;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/**
 * ESCO imports for administrators: upload an official ESCO CSV export as a zip (bin/import-esco).
 */
@Path("/admin/reference/esco")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminEscoResource {
  private static final int IMPORT_LOG_SHOWN = 20;

  @Inject private EscoImportService importer;
  @Inject private EscoStore store;
  @Inject private UploadedFiles uploads;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Counts of the stored ESCO data and the latest imports")
  public ReferenceOverviewDto overview() {
    return new ReferenceOverviewDto(
        store.counts(), importer.isRunning(), store.recentImports(IMPORT_LOG_SHOWN));
  }

  @POST
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import an ESCO CSV export (zip)",
      description =
          "Reads and validates every file first; a broken file changes nothing and the"
              + " problem document names file and line. Concepts are updated in place by URI.")
  @APIResponse(responseCode = "200", description = "Imported; counts of what was read and stored")
  @APIResponse(responseCode = "400", description = "Rejected; errors with file and line")
  @APIResponse(responseCode = "409", description = "Another import is running")
  public ImportReportDto upload(
      @Parameter(
              description =
                  "File name of the export, used for the log and to recognise the"
                      + " ESCO version (e.g. ESCO dataset - v1.2.0 - classification - de - csv.zip)")
          @QueryParam("source")
          String source,
      InputStream body) {
    String name = source == null || source.isBlank() ? "upload.zip" : source.strip();
    java.nio.file.Path file = uploads.save(body);
    try {
      return ImportReportDto.of(importer.importFile(file, name, (percent, phase) -> {}));
    } catch (EscoValidationException e) {
      throw new RejectedImport(e);
    } catch (ImportAlreadyRunning e) {
      throw new ProblemException(ProblemType.CONFLICT, e.getMessage());
    } catch (IOException e) {
      throw new ProblemException(
          ProblemType.VALIDATION, "The upload is not a readable zip: " + e.getMessage());
    } finally {
      uploads.delete(file);
    }
  }

  /** A rejected import: every error with file and line. */
  private static final class RejectedImport extends jakarta.ws.rs.WebApplicationException {
    private static final long serialVersionUID = 1L;

    RejectedImport(EscoValidationException e) {
      super(e.getMessage(), response(e));
    }

    private static Response response(EscoValidationException e) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (EscoIssue issue : e.errors()) {
        errors.add(
            Json.createObjectBuilder()
                .add("file", issue.file())
                .add("line", issue.line())
                .add("message", issue.message()));
      }
      return Problem.of(
              ProblemType.VALIDATION,
              "The ESCO files were rejected with "
                  + e.totalErrors()
                  + " error(s); nothing was changed.")
          .with("errors", errors)
          .with("errorCount", e.totalErrors())
          .toResponse();
    }
  }
}
