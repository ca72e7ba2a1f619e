package org.talentbruecke.identity.application;

/**
 * The account cannot delete itself here: today only job seekers can (employers, staff and admins
 * keep organisations and decisions that need another way to hand them over first).
 */
public class ErasureNotAllowed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ErasureNotAllowed(String role) {
    super("An account with the role " + role + " cannot delete itself yet");
  }
}
