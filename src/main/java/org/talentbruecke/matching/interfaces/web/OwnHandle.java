package org.talentbruecke.matching.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.matching.application.MatchingService;

/**
 * How the signed-in job seeker appears to employers: the pseudonymous handle their candidate lists
 * show instead of a name (for the job seeker's start page).
 */
@Named
@RequestScoped
public class OwnHandle {
  @Inject private MatchingService matching;
  @Inject private CurrentUser currentUser;

  private String handle;
  private boolean looked;

  /** The handle, or null while there is no profile yet. */
  public String getHandle() {
    if (!looked) {
      looked = true;
      handle = currentUser.accountId().flatMap(matching::handleOf).orElse(null);
    }
    return handle;
  }
}
