package org.talentbruecke.shared.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;

/** Lets a resource end a request with a specific problem document. */
public class ProblemException extends WebApplicationException {
  private static final long serialVersionUID = 1L;

  public ProblemException(ProblemType type, String detail) {
    super(detail, Problem.of(type, detail).toResponse());
  }
}
