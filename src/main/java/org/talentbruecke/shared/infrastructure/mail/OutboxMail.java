package org.talentbruecke.shared.infrastructure.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail kept in the outbox table instead of being sent (demo and test mode). */
@Entity
@Table(name = "OUTBOX_MAIL")
@NamedQuery(
    name = "OutboxMail.newest",
    query = "SELECT m FROM OutboxMail m ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMail {
  static final int MAX_SUBJECT = 300;
  static final int MAX_BODY = 4000;

  @Id
  @SequenceGenerator(
      name = "outbox_mail_seq",
      sequenceName = "OUTBOX_MAIL_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
  private Long id;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 320)
  private String receiver;

  @Column(nullable = false, length = 16)
  private String language;

  @Column(nullable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(nullable = false, length = MAX_BODY)
  private String body;

  protected OutboxMail() {}

  OutboxMail(Instant createdAt, String receiver, String language, String subject, String body) {
    this.createdAt = createdAt;
    this.receiver = receiver;
    this.language = language;
    this.subject = cut(subject, MAX_SUBJECT);
    this.body = cut(body, MAX_BODY);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getReceiver() {
    return receiver;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }
}
