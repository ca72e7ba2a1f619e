package org.talentbruecke.shared.application;

import java.time.Instant;

/** Thrown when a client must wait before trying again; says until when. */
public class TooManyAttempts extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Instant retryAt;

  public TooManyAttempts(Instant retryAt) {
    super("Too many attempts; retry at " + retryAt);
    this.retryAt = retryAt;
  }

  public Instant retryAt() {
    return retryAt;
  }
}
