package org.talentbruecke.reference.infrastructure.esco;

/**
 * A problem that makes the rest of a CSV file unreadable (bad encoding, broken quoting, no header).
 */
final class CsvFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final long line;

  CsvFileException(long line, String message, Throwable cause) {
    super(message, cause);
    this.line = line;
  }

  long line() {
    return line;
  }
}
