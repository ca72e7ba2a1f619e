package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.talentbruecke.identity.application.ConsentRecord;
import org.talentbruecke.identity.application.ConsentService;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * The consent page (a new privacy notice version asks again) and the consents section of the
 * account page (what was agreed, when; withdrawing the privacy notice).
 */
@Named
@RequestScoped
public class ConsentPage {
  @Inject private ConsentService consents;
  @Inject private CurrentUser currentUser;
  @Inject private FacesMessages messages;

  private List<ConsentRecord> records;

  public String getVersion() {
    return consents.noticeVersion();
  }

  /** Whether the signed-in person still has to agree (the consent page says why it is shown). */
  public boolean isMustAgree() {
    return currentUser.accountId().map(consents::mustAgreeToNotice).orElse(false);
  }

  /** Every consent of the signed-in person, oldest first. */
  public List<ConsentRecord> getRecords() {
    if (records == null) {
      records = currentUser.accountId().map(consents::of).orElse(List.of());
    }
    return records;
  }

  /** Whether the privacy notice consent can be withdrawn (there is an active one). */
  public boolean isWithdrawable() {
    return getRecords().stream().anyMatch(r -> r.active() && "PRIVACY_NOTICE".equals(r.kind()));
  }

  /** Agrees to the current notice and goes on to the start page. */
  public void agree() throws IOException {
    consents.agreeToNotice(currentUser.requireId());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    PrivacyConsentFilter.forget((HttpServletRequest) external.getRequest());
    external.redirect(external.getRequestContextPath() + currentUser.getHome());
  }

  /** Withdraws the consent to the privacy notice; the consent page follows. */
  public void withdraw() throws IOException {
    try {
      consents.withdrawNotice(currentUser.requireId());
    } catch (NotFound e) {
      messages.error(null, "consent.nothingToWithdraw");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    PrivacyConsentFilter.forget((HttpServletRequest) external.getRequest());
    external.redirect(external.getRequestContextPath() + PrivacyConsentFilter.CONSENT_PAGE);
  }
}
