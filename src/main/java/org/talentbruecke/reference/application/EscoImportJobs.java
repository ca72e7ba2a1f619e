package org.talentbruecke.reference.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs imports in the background (uploads from the admin page, the first load at start-up) and
 * keeps the status of the latest one for the progress bar.
 */
@ApplicationScoped
public class EscoImportJobs {
  private static final Logger LOG = Logger.getLogger(EscoImportJobs.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private EscoImportService importer;
  @Inject private EscoStore store;
  @Inject private ConceptSearch search;
  @Inject private Event<ReferenceDataLoaded> loaded;

  private volatile ImportStatus status = ImportStatus.IDLE;

  public ImportStatus status() {
    return status;
  }

  /**
   * Imports an uploaded file in the background and deletes it afterwards.
   *
   * @throws ImportAlreadyRunning if an import is running
   */
  public synchronized void startUpload(Path file, String sourceName) {
    if (status.running() || importer.isRunning()) {
      throw new ImportAlreadyRunning();
    }
    status = ImportStatus.started(sourceName);
    executor.submit(() -> runUpload(file, sourceName));
  }

  /**
   * At start-up: imports the shipped distribution when the concept table is empty, else builds the
   * search index from the database. Runs in the background because the first import takes tens of
   * seconds; readiness stays DOWN until the search index is built.
   */
  public void loadAtStart() {
    executor.submit(this::runAtStart);
  }

  private void runUpload(Path file, String sourceName) {
    try {
      EscoImportReport report = importer.importFile(file, sourceName, this::progress);
      status = status.succeeded(report);
    } catch (EscoValidationException e) {
      status = status.rejected(e.errors(), e.totalErrors());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "ESCO import of " + sourceName + " failed", e);
      status = status.failed(String.valueOf(e.getMessage()));
    } finally {
      deleteQuietly(file);
    }
  }

  private void runAtStart() {
    try {
      if (store.isEmpty()) {
        LOG.info("No ESCO data in the database yet: importing the shipped distribution");
        status = ImportStatus.started(EscoImportService.SHIPPED_SOURCE);
        status = status.succeeded(importer.importShipped(this::progress));
      } else {
        search.rebuild();
      }
      loaded.fire(new ReferenceDataLoaded());
    } catch (EscoValidationException e) {
      LOG.severe("The shipped ESCO data was rejected: " + e.getMessage());
      status = status.rejected(e.errors(), e.totalErrors());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Loading the ESCO reference data failed", e);
      status = status.failed(String.valueOf(e.getMessage()));
    }
  }

  private void progress(int percent, String phase) {
    status = status.at(percent, phase);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning("Could not delete the uploaded file " + file);
    }
  }

  /**
   * The latest import's state.
   *
   * @param errors validation errors (file, line, message) of a rejected import, capped
   */
  public record ImportStatus(
      boolean running,
      int percent,
      String phase,
      String source,
      EscoImportReport report,
      List<EscoIssue> errors,
      long errorCount,
      String failure) {
    public static final ImportStatus IDLE =
        new ImportStatus(false, 0, "idle", "", null, List.of(), 0, null);

    static ImportStatus started(String source) {
      return new ImportStatus(true, 0, "queued", source, null, List.of(), 0, null);
    }

    ImportStatus at(int newPercent, String newPhase) {
      return new ImportStatus(true, newPercent, newPhase, source, null, List.of(), 0, null);
    }

    ImportStatus succeeded(EscoImportReport result) {
      return new ImportStatus(false, 100, "done", source, result, List.of(), 0, null);
    }

    ImportStatus rejected(List<EscoIssue> found, long total) {
      return new ImportStatus(
          false, 100, "rejected", source, null, List.copyOf(found), total, null);
    }

    ImportStatus failed(String message) {
      return new ImportStatus(false, 100, "failed", source, null, List.of(), 0, message);
    }
  }
}
