package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.domain.InvalidOpeningState;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * What an employer does to one opening from the dashboard or the opening's preview: close, delete a
 * draft, reopen a closed one as a new draft. Each ends on the dashboard (or the new draft's editor)
 * with a message; the buttons that lead here ask for confirmation first where something ends.
 */
@Named
@RequestScoped
public class OpeningActions {
  private static final String HOME = "/employer/index?faces-redirect=true";

  @Inject private CurrentUser currentUser;
  @Inject private CurrentOrganisation currentOrganisation;
  @Inject private OpeningService openings;
  @Inject private FacesMessages messages;

  /** Ends a published opening (after the confirmation dialog). */
  public String close(long openingId) {
    try {
      Opening opening = openings.close(organisationId(), openingId, currentUser.requireId());
      messages.info("opening.closed", opening.getTitle());
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    messages.keepForNextRequest();
    return HOME;
  }

  /** Deletes a draft (after the confirmation dialog); anything else is refused with a reason. */
  public String delete(long openingId) {
    try {
      String title = openings.get(organisationId(), openingId).getTitle();
      openings.delete(organisationId(), openingId);
      messages.info("opening.deleted", title);
    } catch (NotFound e) {
      messages.error(null, "opening.notFound");
    } catch (InvalidOpeningState e) {
      messages.error(null, "opening.deleteRefused");
    }
    messages.keepForNextRequest();
    return HOME;
  }

  /** Copies a closed opening into a new draft and opens that draft's editor. */
  public String reopen(long openingId) {
    try {
      Opening draft = openings.reopen(organisationId(), openingId);
      messages.info("opening.reopened", draft.getTitle());
      messages.keepForNextRequest();
      return "/employer/opening?faces-redirect=true&id=" + draft.getId();
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
      messages.keepForNextRequest();
      return HOME;
    }
  }

  private long organisationId() {
    return currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
  }
}
