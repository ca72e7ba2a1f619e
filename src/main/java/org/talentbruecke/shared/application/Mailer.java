package org.talentbruecke.shared.application;

/**
 * Sends mails. In demo and test mode the mails go to the outbox page instead of a mail server
 * ({@link Outbox}); otherwise through SMTP after the caller's transaction committed, so that a
 * change that is rolled back sends nothing. Sending never fails the caller: a mail that cannot be
 * delivered is logged.
 */
public interface Mailer {
  void send(OutgoingMail mail);
}
