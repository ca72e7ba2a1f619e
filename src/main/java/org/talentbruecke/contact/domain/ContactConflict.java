package org.talentbruecke.contact.domain;

/**
 * A step the request's state does not allow (accepting twice, withdrawing what is withdrawn, asking
 * twice): the API answers 409, the pages say why. {@link #reason()} names the message key.
 */
public class ContactConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public ContactConflict(String reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  /** The last part of the message key {@code contact.conflict.<reason>}. */
  public String reason() {
    return reason;
  }
}
