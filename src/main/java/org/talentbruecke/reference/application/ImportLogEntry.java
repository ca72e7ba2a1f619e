package org.talentbruecke.reference.application;

import java.time.Instant;

/** One row of the import log, as shown to administrators. */
public record ImportLogEntry(
    long id,
    Instant startedAt,
    Instant finishedAt,
    String source,
    String escoVersion,
    String outcome,
    int conceptsInserted,
    int conceptsUpdated,
    int labelsWritten,
    int relationsWritten,
    int skills,
    int occupations,
    int warnings,
    String message) {

  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String REJECTED = "REJECTED";
  public static final String FAILED = "FAILED";

  public long durationMillis() {
    return finishedAt.toEpochMilli() - startedAt.toEpochMilli();
  }
}
