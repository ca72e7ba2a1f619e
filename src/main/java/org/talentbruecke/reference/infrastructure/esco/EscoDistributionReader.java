package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.nio.file.Path;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.EscoDataSetCollector;
import org.talentbruecke.reference.application.EscoRecordHandler;
import org.talentbruecke.reference.application.EscoStreamSummary;
import org.talentbruecke.reference.application.EscoValidationException;
import org.talentbruecke.reference.application.IssueCollector;

/**
 * Reads an ESCO CSV distribution (a directory or a zip, any ESCO version from 1.1 on, any
 * languages, .csv or .csv.gz) and validates it completely before anything is handed out, so an
 * import either has all of it or none.
 */
public final class EscoDistributionReader {

  private final int maxIssues;

  public EscoDistributionReader() {
    this(IssueCollector.DEFAULT_LIMIT);
  }

  /**
   * @param maxIssues how many errors (and warnings) to keep for the report; reading stops at this
   *     many errors
   */
  public EscoDistributionReader(int maxIssues) {
    this.maxIssues = maxIssues;
  }

  /**
   * Reads and validates everything, merging languages by concept URI.
   *
   * @throws EscoValidationException listing every error (file, line, problem) if anything is
   *     invalid
   * @throws IOException if the path is neither a readable directory nor a readable zip
   */
  public EscoDataSet read(Path directoryOrZip) throws EscoValidationException, IOException {
    try (EscoSource source = EscoSource.open(directoryOrZip)) {
      return read(source, String.valueOf(directoryOrZip.getFileName()));
    }
  }

  /**
   * Reads and validates everything from any source, e.g. {@link EscoSource#fromClasspath} for the
   * data shipped with the application; the caller closes the source.
   *
   * @param sourceName how to name the source in messages about it as a whole
   */
  public EscoDataSet read(EscoSource source, String sourceName)
      throws EscoValidationException, IOException {
    IssueCollector issues = new IssueCollector(maxIssues);
    EscoDataSetCollector collector = new EscoDataSetCollector(issues);
    EscoCsvStreamer streamer = new EscoCsvStreamer(issues);
    streamer.stream(source, sourceName, collector);
    issues.throwIfErrors();
    return collector.toDataSet(
        streamer.filesRead(), streamer.filesSkipped().size(), streamer.rowsRead());
  }

  /**
   * Streams valid records to a handler without keeping them. Records arrive before later files are
   * checked, so a handler must not write anywhere final until the returned summary says {@link
   * EscoStreamSummary#valid()}; run it once to validate and again to write, or use {@link
   * #read(Path)}.
   */
  public EscoStreamSummary stream(Path directoryOrZip, EscoRecordHandler handler)
      throws IOException {
    IssueCollector issues = new IssueCollector(maxIssues);
    EscoCsvStreamer streamer = new EscoCsvStreamer(issues);
    try (EscoSource source = EscoSource.open(directoryOrZip)) {
      streamer.stream(source, String.valueOf(directoryOrZip.getFileName()), handler);
    }
    return new EscoStreamSummary(
        streamer.filesRead(),
        streamer.filesSkipped(),
        streamer.rowsRead(),
        issues.errors(),
        issues.errorCount(),
        issues.warnings(),
        issues.warningCount());
  }
}
