package org.talentbruecke.identity.application;

/** An admin tried to deactivate their own account; nobody would be left to undo it. */
public class OwnAccount extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OwnAccount() {
    super("Admins cannot deactivate their own account");
  }
}
