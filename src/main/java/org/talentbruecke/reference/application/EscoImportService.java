package org.talentbruecke.reference.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.talentbruecke.reference.application.EscoStore.EscoWriteCounts;
import org.talentbruecke.reference.application.EscoStore.ImportLogDraft;

/**
 * Imports ESCO data: reads and validates every file first, then writes everything in one
 * transaction, then rebuilds the search index. A rejected file changes nothing; every attempt is
 * logged. Only one import runs at a time.
 */
@ApplicationScoped
public class EscoImportService {
  public static final String SHIPPED_SOURCE = "shipped distribution (reference/esco)";
  private static final Logger LOG = Logger.getLogger(EscoImportService.class.getName());

  @Inject private EscoFiles files;
  @Inject private EscoStore store;
  @Inject private ConceptSearch search;
  @Inject private Clock clock;

  // Elapsed time depends on what else the machine runs; CPU time shows the import's own cost.
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final AtomicBoolean running = new AtomicBoolean();

  /** Imports an uploaded directory or zip of ESCO CSV files. */
  public EscoImportReport importFile(
      Path directoryOrZip, String sourceName, ImportProgress progress)
      throws EscoValidationException, IOException {
    String version = EscoVersions.fromFileName(sourceName);
    return run(sourceName, version, progress, () -> files.read(directoryOrZip, sourceName));
  }

  /** Imports the distribution shipped inside the application. */
  public EscoImportReport importShipped(ImportProgress progress)
      throws EscoValidationException, IOException {
    return run(SHIPPED_SOURCE, files.shippedVersion(), progress, files::readShipped);
  }

  public boolean isRunning() {
    return running.get();
  }

  private EscoImportReport run(String source, String version, ImportProgress progress, Read read)
      throws EscoValidationException, IOException {
    if (!running.compareAndSet(false, true)) {
      throw new ImportAlreadyRunning();
    }
    ImportLogDraft draft = new ImportLogDraft(source, version, clock.instant());
    try {
      progress.report(2, "reading");
      long start = System.nanoTime();
      long cpuStart = CPU.getCurrentThreadCpuTime();
      boolean wasEmpty = store.isEmpty();
      EscoDataSet data = read.read();
      IssueCollector limits = new IssueCollector();
      EscoColumnLimits.check(data.concepts(), limits);
      limits.throwIfErrors();
      long readDone = System.nanoTime();
      progress.report(40, "concepts");
      EscoWriteCounts written = store.write(data, draft, progress);
      long writeDone = System.nanoTime();
      progress.report(97, "index");
      if (wasEmpty) {
        search.rebuild(data.concepts()); // the tables now hold exactly these concepts
      } else {
        search.rebuild();
      }
      long indexDone = System.nanoTime();
      long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      EscoImportReport report =
          new EscoImportReport(
              source,
              version,
              millis(start, readDone),
              millis(readDone, writeDone),
              millis(writeDone, indexDone),
              data.counts(),
              written,
              store.counts(),
              data.warnings());
      LOG.info(
          () ->
              "ESCO import of "
                  + source
                  + " ("
                  + version
                  + ") done: read "
                  + report.readMillis()
                  + " ms, write "
                  + report.writeMillis()
                  + " ms, index "
                  + report.indexMillis()
                  + " ms (importing thread's CPU time "
                  + cpuMillis
                  + " ms); "
                  + written);
      progress.report(100, "done");
      return report;
    } catch (EscoValidationException e) {
      store.logFailure(draft, ImportLogEntry.REJECTED, e.getMessage());
      throw e;
    } catch (IOException | RuntimeException e) {
      store.logFailure(draft, ImportLogEntry.FAILED, String.valueOf(e.getMessage()));
      throw e;
    } finally {
      running.set(false);
    }
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  /** Reading step of an import. */
  @FunctionalInterface
  private interface Read {
    EscoDataSet read() throws EscoValidationException, IOException;
  }
}
