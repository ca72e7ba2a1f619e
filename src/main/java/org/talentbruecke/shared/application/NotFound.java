package org.talentbruecke.shared.application;

/**
 * Thrown when something does not exist or belongs to someone else: the two cases look the same from
 * outside, so that ids cannot be probed.
 */
public class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what + " not found");
  }
}
