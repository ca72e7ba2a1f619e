package org.talentbruecke.reference.application;

import java.util.List;

/**
 * Thrown when ESCO files fail validation; it carries every error found so the import can be fixed
 * in one go.
 */
public class EscoValidationException extends Exception {

  private static final long serialVersionUID = 1L;
  private static final int ERRORS_IN_MESSAGE = 10;

  private final transient List<EscoIssue> errors;
  private final long totalErrors;

  public EscoValidationException(List<EscoIssue> errors, long totalErrors) {
    super(describe(errors, totalErrors));
    this.errors = List.copyOf(errors);
    this.totalErrors = totalErrors;
  }

  /** The recorded errors (capped; see {@link #totalErrors()}). */
  public List<EscoIssue> errors() {
    return errors;
  }

  /** How many errors were found, including those not recorded because of the cap. */
  public long totalErrors() {
    return totalErrors;
  }

  private static String describe(List<EscoIssue> errors, long total) {
    StringBuilder text =
        new StringBuilder("ESCO data rejected, ").append(total).append(" error(s):");
    errors.stream()
        .limit(ERRORS_IN_MESSAGE)
        .forEach(e -> text.append(System.lineSeparator()).append("  ").append(e));
    if (total > ERRORS_IN_MESSAGE) {
      text.append(System.lineSeparator())
          .append("  ... and ")
          .append(total - ERRORS_IN_MESSAGE)
          .append(" more");
    }
    return text.toString();
  }
}
