package org.talentbruecke.reference.application;

/** Thrown when an ESCO import is asked for while another one is still running. */
public class ImportAlreadyRunning extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportAlreadyRunning() {
    super("An ESCO import is already running; try again when it has finished.");
  }
}
