package org.talentbruecke.contact.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.talentbruecke.contact.application.ContactService;
import org.talentbruecke.contact.domain.ContactChannel;
import org.talentbruecke.contact.domain.ProfileVisibility;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.matching.application.RankedMatch;
import org.talentbruecke.matching.interfaces.web.MatchView;
import org.talentbruecke.matching.interfaces.web.MatchViews;
import org.talentbruecke.shared.application.NotFound;

/**
 * A job seeker shows interest in a published opening (/seeker/interest.xhtml?opening=ID, from the
 * opening's page and from "Openings for me"): what is shared with whom, an optional message, and
 * how the employer may reach them if it accepts.
 */
@Named
@ViewScoped
public class SeekerInterestPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient ContactService contacts;
  @Inject private transient MatchViews views;
  @Inject private transient ContactRows rows;
  @Inject private transient ContactActions actions;
  @Inject private transient CurrentUser currentUser;

  private String opening;
  private String message;
  private String channel = ContactChannel.EMAIL.name();
  private String detail;
  // The page's data, read on the GET; the form posts back to this same view.
  private transient ContactService.Preview preview;
  private transient MatchView match;
  private transient List<ContactRow> earlier = List.of();

  public void load() {
    try {
      preview = contacts.previewInterest(currentUser.requireId(), Long.parseLong(opening.strip()));
    } catch (NumberFormatException | NullPointerException | NotFound e) {
      ContactActions.notFound();
      return;
    }
    if (preview.card() != null) {
      match = views.openings(List.of(RankedMatch.of(preview.card()))).get(0);
    }
    earlier = rows.of(preview.earlier());
  }

  public String send() {
    long openingId = preview.openingId();
    ContactChannel chosen = SeekerContactsPage.channel(channel);
    return actions.run(
            () ->
                contacts.showInterest(currentUser.requireId(), openingId, message, chosen, detail),
            f ->
                switch (f) {
                  case "message" -> "interest:message";
                  case "channel" -> "interest:channel";
                  case "detail" -> "interest:detail";
                  default -> null;
                })
        ? actions.redirect("/seeker/contacts", "contact.page.interestShown")
        : null;
  }

  /** Whether the form is offered: profile not hidden and nothing open for this opening. */
  public boolean isPossible() {
    return preview != null && !isHidden() && preview.openRequest().isEmpty();
  }

  public boolean isHidden() {
    return preview != null && preview.visibility() == ProfileVisibility.HIDDEN;
  }

  public ContactChannel[] getChannelChoices() {
    return ContactChannel.values();
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

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }
}
