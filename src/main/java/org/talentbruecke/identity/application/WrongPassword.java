package org.talentbruecke.identity.application;

/** The password given to confirm a step (such as deleting the account) is not the account's. */
public class WrongPassword extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WrongPassword() {
    super("The password is wrong");
  }
}
