package org.talentbruecke.contact.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.talentbruecke.contact.application.ContactService;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.matching.application.RankedMatch;
import org.talentbruecke.matching.interfaces.web.MatchView;
import org.talentbruecke.matching.interfaces.web.MatchViews;
import org.talentbruecke.shared.application.NotFound;

/**
 * An employer asks to contact one anonymised candidate for one opening
 * (/employer/contact.xhtml?opening=ID&amp;candidate=HANDLE, from the candidate's card): the card
 * again, a short message, send. Another organisation's opening or a candidate employers may not see
 * answers 404.
 */
@Named
@ViewScoped
public class EmployerAskPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient ContactService contacts;
  @Inject private transient MatchViews views;
  @Inject private transient ContactRows rows;
  @Inject private transient ContactActions actions;
  @Inject private transient CurrentUser currentUser;

  private String opening;
  private String candidate;
  private String message;
  // The page's data, read on the GET; the form posts back to this same view.
  private transient ContactService.Preview preview;
  private transient MatchView match;
  private transient List<ContactRow> earlier = List.of();

  public void load() {
    try {
      preview =
          contacts.previewAsk(currentUser.requireId(), Long.parseLong(opening.strip()), candidate);
    } catch (NumberFormatException | NullPointerException | NotFound e) {
      ContactActions.notFound();
      return;
    }
    if (preview.card() != null) {
      match = views.candidates(List.of(RankedMatch.of(preview.card()))).get(0);
    }
    earlier = rows.of(preview.earlier());
  }

  public String send() {
    long openingId = preview.openingId();
    return actions.run(
            () -> contacts.askToContact(currentUser.requireId(), openingId, candidate, message),
            f -> "message".equals(f) ? "ask:message" : null)
        ? actions.redirect("/employer/contacts", "contact.page.asked", preview.handle())
        : null;
  }

  /** Whether the form is offered: the opening is published and nothing is open yet. */
  public boolean isAskable() {
    return preview != null && preview.openingOpen() && preview.earlier().isEmpty();
  }

  public ContactService.Preview getPreview() {
    return preview;
  }

  public MatchView getMatch() {
    return match;
  }

  public List<ContactRow> getEarlier() {
    return earlier;
  }

  public String getOpening() {
    return opening;
  }

  public void setOpening(String opening) {
    this.opening = opening;
  }

  public String getCandidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
