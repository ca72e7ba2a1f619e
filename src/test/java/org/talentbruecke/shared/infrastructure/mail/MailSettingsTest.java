package org.talentbruecke.shared.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which transport is chosen, and the Jakarta Mail session properties for each TLS mode. */
class MailSettingsTest {

  @Test
  void demoModeKeepsMailsInTheOutboxUnlessSmtpIsChosen() {
    assertThat(MailSettings.choose(null, true)).isEqualTo(MailSettings.Transport.OUTBOX);
    assertThat(MailSettings.choose(" ", true)).isEqualTo(MailSettings.Transport.OUTBOX);
    assertThat(MailSettings.choose(null, false)).isEqualTo(MailSettings.Transport.SMTP);
    assertThat(MailSettings.choose("smtp", true)).isEqualTo(MailSettings.Transport.SMTP);
    assertThat(MailSettings.choose("outbox", false)).isEqualTo(MailSettings.Transport.OUTBOX);
  }

  @Test
  void startTlsIsRequiredByDefaultAndImplicitTlsUsesSmtps() {
    Properties starttls = MailSettings.sessionProperties("mail.example.org", 587, "starttls", true);
    assertThat(starttls.getProperty("mail.smtp.host")).isEqualTo("mail.example.org");
    assertThat(starttls.getProperty("mail.smtp.port")).isEqualTo("587");
    assertThat(starttls.getProperty("mail.smtp.auth")).isEqualTo("true");
    assertThat(starttls.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
    assertThat(starttls.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");

    Properties smtps = MailSettings.sessionProperties("mail.example.org", 465, "smtps", false);
    assertThat(smtps.getProperty("mail.transport.protocol")).isEqualTo("smtps");
    assertThat(smtps.getProperty("mail.smtps.port")).isEqualTo("465");
    assertThat(smtps.getProperty("mail.smtp.starttls.enable")).isNull();

    Properties none = MailSettings.sessionProperties("localhost", 25, "none", false);
    assertThat(none.getProperty("mail.smtp.starttls.enable")).isNull();
    assertThat(none.getProperty("mail.smtp.ssl.checkserveridentity")).isNull();
  }
}
