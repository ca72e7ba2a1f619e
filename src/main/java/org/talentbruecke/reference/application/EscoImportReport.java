package org.talentbruecke.reference.application;

import java.util.List;

/**
 * The outcome of a successful import.
 *
 * @param read what the files contained
 * @param written what the import changed in the database
 * @param stored what the reference tables hold afterwards
 * @param warnings non-fatal findings (capped), e.g. relations to concepts not in the files
 */
public record EscoImportReport(
    String source,
    String escoVersion,
    long readMillis,
    long writeMillis,
    long indexMillis,
    EscoImportCounts read,
    EscoStore.EscoWriteCounts written,
    ReferenceCounts stored,
    List<EscoIssue> warnings) {

  public EscoImportReport {
    warnings = List.copyOf(warnings);
  }

  public long totalMillis() {
    return readMillis + writeMillis + indexMillis;
  }
}
