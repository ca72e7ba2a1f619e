package org.talentbruecke.contact.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.contact.application.ContactService;
import org.talentbruecke.contact.domain.ContactChannel;
import org.talentbruecke.identity.interfaces.web.CurrentUser;

/**
 * The job seeker's contact requests (/seeker/contacts.xhtml): employers' requests to accept (with
 * the contact to share) or decline, and the interests they showed; everything open can be
 * withdrawn. One form around the list; the row index names the fields of a refused row.
 */
@Named
@RequestScoped
public class SeekerContactsPage {
  @Inject private ContactService contacts;
  @Inject private ContactRows rows;
  @Inject private ContactActions actions;
  @Inject private CurrentUser currentUser;

  private List<ContactRow> list;
  private final Map<String, String> channels = new HashMap<>();
  private final Map<String, String> details = new HashMap<>();

  public List<ContactRow> getRows() {
    if (list == null) {
      list = rows.of(contacts.mine(currentUser.requireId()));
    }
    return list;
  }

  public ContactChannel[] getChannelChoices() {
    return ContactChannel.values();
  }

  public String accept(String id, int row) {
    ContactChannel channel = channel(channels.get(id));
    String prefix = "contacts:rows:" + row + ":";
    return actions.run(
            () -> contacts.accept(currentUser.requireId(), id, channel, details.get(id)),
            f -> "channel".equals(f) || "detail".equals(f) ? prefix + f : null)
        ? actions.redirect("/seeker/contacts", "contact.page.youAccepted")
        : null;
  }

  public String decline(String id) {
    return actions.run(() -> contacts.decline(currentUser.requireId(), id), f -> null)
        ? actions.redirect("/seeker/contacts", "contact.page.youDeclined")
        : null;
  }

  public String withdraw(String id) {
    return actions.run(() -> contacts.withdraw(currentUser.requireId(), id), f -> null)
        ? actions.redirect("/seeker/contacts", "contact.page.withdrawn")
        : null;
  }

  static ContactChannel channel(String value) {
    try {
      return value == null || value.isBlank() ? null : ContactChannel.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public Map<String, String> getChannels() {
    return channels;
  }

  public Map<String, String> getDetails() {
    return details;
  }
}
