package org.talentbruecke.contact.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.shared.application.Mailer;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.application.OutgoingMail;

/**
 * The mails of the contact flow, each in the receiver's stored language. They never carry the job
 * seeker's name or contact details: those are shown only on the page, where a withdrawal takes them
 * away again; a mail could not be taken back.
 */
@ApplicationScoped
public class ContactMails {
  @Inject private Mailer mailer;

  @Inject
  @ConfigProperty(name = "talentbruecke.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** For CDI. */
  protected ContactMails() {}

  /** For tests without a container. */
  ContactMails(Mailer mailer, String publicUrl) {
    this.mailer = mailer;
    this.publicUrl = publicUrl;
  }

  /** To the job seeker: an employer asks to contact them. */
  void requestReceived(ContactParties.Party seeker, String organisation, String opening) {
    send(
        seeker,
        "contact.mail.requested.subject",
        "contact.mail.requested.body",
        "/seeker/contacts.xhtml",
        organisation,
        opening);
  }

  /** To the organisation's users: a candidate showed interest in an opening. */
  void interestReceived(List<ContactParties.Party> employers, String handle, String opening) {
    for (ContactParties.Party employer : employers) {
      send(
          employer,
          "contact.mail.interest.subject",
          "contact.mail.interest.body",
          "/employer/contacts.xhtml",
          handle,
          opening);
    }
  }

  /** To the employer who asked: the candidate accepted or declined. */
  void answeredToEmployer(
      List<ContactParties.Party> employers, boolean accepted, String handle, String opening) {
    String kind = accepted ? "accepted" : "declined";
    for (ContactParties.Party employer : employers) {
      send(
          employer,
          "contact.mail.answeredEmployer." + kind + ".subject",
          "contact.mail.answeredEmployer." + kind + ".body",
          "/employer/contacts.xhtml",
          handle,
          opening);
    }
  }

  /** To the job seeker who showed interest: the employer accepted or declined. */
  void answeredToSeeker(
      ContactParties.Party seeker, boolean accepted, String organisation, String opening) {
    String kind = accepted ? "accepted" : "declined";
    send(
        seeker,
        "contact.mail.answeredSeeker." + kind + ".subject",
        "contact.mail.answeredSeeker." + kind + ".body",
        "/seeker/contacts.xhtml",
        organisation,
        opening);
  }

  private void send(
      ContactParties.Party to, String subjectKey, String bodyKey, String path, Object... args) {
    if (to.email() == null || to.email().isBlank()) {
      return;
    }
    Locale language = to.language() == null ? MessageTexts.DEFAULT_LOCALE : to.language();
    Object[] withLink = java.util.Arrays.copyOf(args, args.length + 1);
    withLink[args.length] = stripSlash(publicUrl) + path;
    mailer.send(
        new OutgoingMail(
            to.email(),
            language,
            MessageTexts.format(language, subjectKey, args),
            MessageTexts.format(language, bodyKey, withLink)));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
