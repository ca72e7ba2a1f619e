package org.talentbruecke.reference.application;

import java.util.List;

/**
 * The outcome of streaming an ESCO source: which files were read or skipped and what was wrong.
 *
 * @param filesRead files read as ESCO data, in reading order
 * @param filesSkipped files present but not ESCO files this reader uses (collections, dictionaries,
 *     notes)
 * @param rowsRead CSV data rows read
 * @param errors errors found (capped)
 * @param errorCount all errors found
 * @param warnings warnings found (capped)
 * @param warningCount all warnings found
 */
public record EscoStreamSummary(
    List<String> filesRead,
    List<String> filesSkipped,
    long rowsRead,
    List<EscoIssue> errors,
    long errorCount,
    List<EscoIssue> warnings,
    long warningCount) {

  public EscoStreamSummary {
    filesRead = List.copyOf(filesRead);
    filesSkipped = List.copyOf(filesSkipped);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** True when nothing was wrong, i.e. the records passed to the handler are the complete data. */
  public boolean valid() {
    return errorCount == 0;
  }
}
