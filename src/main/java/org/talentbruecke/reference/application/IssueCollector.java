package org.talentbruecke.reference.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects errors and warnings during a read, keeping only the first few hundred so a broken file
 * cannot flood memory.
 */
public final class IssueCollector {

  public static final int DEFAULT_LIMIT = 200;

  private final int limit;
  private final List<EscoIssue> errors = new ArrayList<>();
  private final List<EscoIssue> warnings = new ArrayList<>();
  private long errorCount;
  private long warningCount;

  public IssueCollector() {
    this(DEFAULT_LIMIT);
  }

  public IssueCollector(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    this.limit = limit;
  }

  public void error(String file, long line, String message) {
    errorCount++;
    if (errors.size() < limit) {
      errors.add(new EscoIssue(file, line, message));
    }
  }

  public void warning(String file, long line, String message) {
    warningCount++;
    if (warnings.size() < limit) {
      warnings.add(new EscoIssue(file, line, message));
    }
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  /** True once so many errors were seen that reading further would only repeat them. */
  public boolean errorLimitReached() {
    return errorCount >= limit;
  }

  public List<EscoIssue> errors() {
    return List.copyOf(errors);
  }

  public List<EscoIssue> warnings() {
    return List.copyOf(warnings);
  }

  public long errorCount() {
    return errorCount;
  }

  public long warningCount() {
    return warningCount;
  }

  /** Throws if any error was recorded; the all-or-nothing gate before anything is written. */
  public void throwIfErrors() throws EscoValidationException {
    if (hasErrors()) {
      throw new EscoValidationException(errors, errorCount);
    }
  }
}
