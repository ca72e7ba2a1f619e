package org.talentbruecke.shared.application;

import java.time.Instant;
import java.util.List;

/**
 * The mails kept in the application instead of being sent (demo and test mode), newest first, for
 * the admins' outbox page and for tests.
 */
public interface Outbox {
  /** One kept mail. */
  record KeptMail(
      long id, Instant createdAt, String receiver, String language, String subject, String body) {}

  List<KeptMail> newest(int limit);
}
