package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/** Staff page: organisations waiting to be verified. */
@Named
@RequestScoped
public class OrganisationVerificationPage {
  @Inject private OrganisationService organisations;
  @Inject private CurrentUser currentUser;
  @Inject private FacesMessages messages;

  private List<Organisation> waiting;

  public List<Organisation> getWaiting() {
    if (waiting == null) {
      waiting = organisations.awaitingVerification();
    }
    return waiting;
  }

  public void verify(long organisationId) {
    if (organisations.verify(organisationId, currentUser.requireId())) {
      organisations.find(organisationId).ifPresent(o -> messages.info("staff.verified", o.getName()));
    }
    waiting = null;
  }
}
