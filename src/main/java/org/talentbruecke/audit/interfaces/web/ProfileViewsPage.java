package org.talentbruecke.audit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.shared.application.AuditTrail;

/** "Who viewed my profile": the job seeker's own view of the profile views in the audit trail. */
@Named
@RequestScoped
public class ProfileViewsPage {
  @Inject private AuditTrail trail;
  @Inject private CurrentUser currentUser;

  private List<AuditTrail.ProfileView> views;

  /** Newest first: organisation and day, or the region's staff. */
  public List<AuditTrail.ProfileView> getViews() {
    if (views == null) {
      views = trail.viewsOf(currentUser.requireId());
    }
    return views;
  }
}
