package org.talentbruecke.shared.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mails leave the application, from MicroProfile Config (every value also as an environment
 * variable, e.g. {@code TALENTBRUECKE_MAIL_SMTP_HOST}). No secret has a default: the SMTP password
 * comes only from the environment or a secret store.
 */
@ApplicationScoped
public class MailSettings {
  /** Where mails go. */
  public enum Transport {
    /** Kept in the OUTBOX_MAIL table and shown on /admin/outbox.xhtml (demo and test mode). */
    OUTBOX,
    /** Sent to the configured SMTP server. */
    SMTP
  }

  @Inject
  @ConfigProperty(name = "talentbruecke.demo", defaultValue = "true")
  boolean demo;

  @Inject
  @ConfigProperty(name = "talentbruecke.mail.transport")
  Optional<String> transport;

  @Inject
  @ConfigProperty(name = "talentbruecke.mail.from", defaultValue = "noreply@talentbruecke.invalid")
  String from;

  @Inject
  @ConfigProperty(name = "talentbruecke.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "talentbruecke.mail.smtp.port", defaultValue = "587")
  int port;

  /** STARTTLS (port 587, the default) or SMTPS (implicit TLS, port 465) or none (tests only). */
  @Inject
  @ConfigProperty(name = "talentbruecke.mail.smtp.tls", defaultValue = "starttls")
  String tls;

  @Inject
  @ConfigProperty(name = "talentbruecke.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "talentbruecke.mail.smtp.password")
  Optional<String> password;

  /**
   * The transport in use: {@code talentbruecke.mail.transport} when set, else the outbox in demo
   * mode and SMTP otherwise.
   */
  public Transport transport() {
    return choose(transport.orElse(null), demo);
  }

  static Transport choose(String configured, boolean demo) {
    if (configured != null && !configured.isBlank()) {
      return "smtp".equalsIgnoreCase(configured.strip()) ? Transport.SMTP : Transport.OUTBOX;
    }
    return demo ? Transport.OUTBOX : Transport.SMTP;
  }

  public String from() {
    return from;
  }

  public Optional<String> host() {
    return host.filter(h -> !h.isBlank());
  }

  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  public Optional<String> password() {
    return password;
  }

  /** The Jakarta Mail session properties for the configured server. */
  public Properties sessionProperties() {
    return sessionProperties(host().orElse(""), port, tls, user().isPresent());
  }

  static Properties sessionProperties(String host, int port, String tls, boolean auth) {
    Properties p = new Properties();
    boolean smtps = "smtps".equalsIgnoreCase(tls) || "ssl".equalsIgnoreCase(tls);
    String protocol = smtps ? "smtps" : "smtp";
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty("mail." + protocol + ".host", host);
    p.setProperty("mail." + protocol + ".port", Integer.toString(port));
    p.setProperty("mail." + protocol + ".auth", Boolean.toString(auth));
    p.setProperty("mail." + protocol + ".connectiontimeout", "10000");
    p.setProperty("mail." + protocol + ".timeout", "10000");
    if ("starttls".equalsIgnoreCase(tls)) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
    }
    if (!"none".equalsIgnoreCase(tls)) {
      p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return p;
  }
}
