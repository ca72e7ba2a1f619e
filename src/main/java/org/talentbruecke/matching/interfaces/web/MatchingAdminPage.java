package org.talentbruecke.matching.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/** The matching section of the admin page: what the index holds, and a rebuild on demand. */
@Named
@RequestScoped
public class MatchingAdminPage {
  @Inject private MatchingService matching;
  @Inject private FacesMessages messages;

  public int getCandidates() {
    return matching.candidateCount();
  }

  public int getOpenings() {
    return matching.openingCount();
  }

  /** Starts a rebuild in the background; the page says whether one was already running. */
  public String rebuild() {
    messages.info(
        matching.rebuildNow() ? "matching.admin.rebuildStarted" : "matching.admin.rebuildRunning");
    return null;
  }
}
