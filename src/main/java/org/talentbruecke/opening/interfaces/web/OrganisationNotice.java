package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.VerificationRecord;

/**
 * What the signed-in employer should know about their organisation's verification: staff's open
 * request for details or the reason of a rejection (shown on the dashboard and the organisation
 * page), and whether a change is being checked again.
 */
@Named
@RequestScoped
public class OrganisationNotice {
  @Inject private CurrentOrganisation currentOrganisation;
  @Inject private OrganisationService organisations;

  private String state;
  private VerificationRecord notice;
  private boolean loaded;

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    currentOrganisation
        .id()
        .ifPresent(
            id -> {
              state = organisations.find(id).map(o -> o.getVerification().name()).orElse(null);
              notice = organisations.openNotice(id).orElse(null);
            });
  }

  /** UNVERIFIED, DETAILS_REQUESTED, REJECTED, VERIFIED or RECHECK; null for no organisation. */
  public String getState() {
    load();
    return state;
  }

  /** Staff's words: the request or the reason; null when there is none open. */
  public String getMessage() {
    load();
    return notice == null ? null : notice.getText();
  }

  public Instant getAt() {
    load();
    return notice == null ? null : notice.getAt();
  }
}
