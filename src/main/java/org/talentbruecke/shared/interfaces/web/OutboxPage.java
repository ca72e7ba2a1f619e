package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.talentbruecke.shared.application.Outbox;

/**
 * The mails kept instead of sent in demo and test mode (/admin/outbox.xhtml, admins only), newest
 * first: so that a demo shows what a person would receive, and tests can read it.
 */
@Named
@RequestScoped
public class OutboxPage {
  static final int SHOWN = 200;

  @Inject private Outbox outbox;

  private List<Outbox.KeptMail> mails;

  public List<Outbox.KeptMail> getMails() {
    if (mails == null) {
      mails = outbox.newest(SHOWN);
    }
    return mails;
  }
}
