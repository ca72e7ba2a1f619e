package org.talentbruecke.contact.domain;

/**
 * The caller is a party to the request but the step belongs to the other side (answering one's own
 * request; an employer withdrawing the job seeker's consent): the API answers 403.
 */
public class NotYourSide extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotYourSide(String detail) {
    super(detail);
  }
}
