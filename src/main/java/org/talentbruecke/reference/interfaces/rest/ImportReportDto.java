package org.talentbruecke.reference.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.reference.application.EscoImportCounts;
import org.talentbruecke.reference.application.EscoImportReport;
import org.talentbruecke.reference.application.EscoIssue;
import org.talentbruecke.reference.application.EscoStore.EscoWriteCounts;
import org.talentbruecke.reference.application.ReferenceCounts;

/**
 * The answer to an ESCO upload: what was read, what changed, and what is stored now.
 *
 * @param warnings the first non-fatal findings, as "file line n: message"
 */
@Schema(name = "EscoImportReport")
public record ImportReportDto(
    String source,
    String escoVersion,
    long durationMillis,
    long readMillis,
    long writeMillis,
    long indexMillis,
    EscoImportCounts read,
    EscoWriteCounts written,
    ReferenceCounts stored,
    long warningCount,
    List<String> warnings) {
  private static final int WARNINGS_SHOWN = 20;

  static ImportReportDto of(EscoImportReport r) {
    return new ImportReportDto(
        r.source(),
        r.escoVersion(),
        r.totalMillis(),
        r.readMillis(),
        r.writeMillis(),
        r.indexMillis(),
        r.read(),
        r.written(),
        r.stored(),
        r.read().warnings(),
        r.warnings().stream().limit(WARNINGS_SHOWN).map(EscoIssue::toString).toList());
  }
}
