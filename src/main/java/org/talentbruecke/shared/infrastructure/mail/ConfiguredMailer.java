package org.talentbruecke.shared.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.shared.application.Mailer;
import org.talentbruecke.shared.application.Outbox;
import org.talentbruecke.shared.application.OutgoingMail;

/**
 * The mailer the configuration chooses ({@link MailSettings#transport()}): the outbox table, kept
 * in the caller's transaction (a rolled-back change leaves no mail), or SMTP through Jakarta Mail
 * (Angus Mail ships with Payara Micro), sent on a managed thread after the caller's transaction
 * committed.
 */
@ApplicationScoped
public class ConfiguredMailer implements Mailer, Outbox {
  private static final Logger LOG = Logger.getLogger(ConfiguredMailer.class.getName());

  @Inject private MailSettings settings;
  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @Resource private TransactionSynchronizationRegistry transactions;
  @Resource private ManagedExecutorService executor;

  @Override
  @Transactional
  public void send(OutgoingMail mail) {
    if (settings.transport() == MailSettings.Transport.OUTBOX) {
      em.persist(
          new OutboxMail(
              clock.instant(),
              mail.receiver(),
              mail.language().toLanguageTag(),
              mail.subject(),
              mail.body()));
      return;
    }
    if (settings.host().isEmpty()) {
      LOG.warning(
          "A mail could not be sent: set TALENTBRUECKE_MAIL_SMTP_HOST (or"
              + " TALENTBRUECKE_MAIL_TRANSPORT=outbox)");
      return;
    }
    if (transactions.getTransactionKey() == null) {
      executor.execute(() -> deliver(mail));
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(() -> deliver(mail));
            }
          }
        });
  }

  private void deliver(OutgoingMail mail) {
    try {
      Session session =
          settings.user().isPresent()
              ? Session.getInstance(
                  settings.sessionProperties(),
                  new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                      return new PasswordAuthentication(
                          settings.user().orElseThrow(), settings.password().orElse(""));
                    }
                  })
              : Session.getInstance(settings.sessionProperties());
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.receiver()));
      message.setHeader("Content-Language", mail.language().toLanguageTag());
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(clock.instant()));
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      // The receiver is not logged: an address is personal data.
      LOG.log(Level.WARNING, "A mail could not be delivered: " + e.getMessage());
    }
  }

  @Override
  @Transactional
  public List<KeptMail> newest(int limit) {
    return em
        .createNamedQuery("OutboxMail.newest", OutboxMail.class)
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList()
        .stream()
        .map(
            m ->
                new KeptMail(
                    m.getId(),
                    m.getCreatedAt(),
                    m.getReceiver(),
                    m.getLanguage(),
                    m.getSubject(),
                    m.getBody()))
        .toList();
  }
}
