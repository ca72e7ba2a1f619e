package org.talentbruecke.reference.infrastructure;

/**
 * Thrown when a reference data file is missing or malformed; such errors are packaging bugs, so
 * they fail fast.
 */
public class ReferenceDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and, where known, the line. */
  public ReferenceDataException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the underlying cause. */
  public ReferenceDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
