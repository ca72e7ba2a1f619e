package org.talentbruecke.shared.application;

import java.util.Locale;
import java.util.Objects;

/**
 * One plain-text mail to one person, already written in the receiver's language.
 *
 * @param receiver the e-mail address it goes to
 * @param language the language it is written in (the receiver's stored language)
 */
public record OutgoingMail(String receiver, Locale language, String subject, String body) {
  public OutgoingMail {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
