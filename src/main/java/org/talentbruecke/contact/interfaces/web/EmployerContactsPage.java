package org.talentbruecke.contact.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.talentbruecke.contact.application.ContactService;
import org.talentbruecke.identity.interfaces.web.CurrentUser;

/**
 * The organisation's contact requests (/employer/contacts.xhtml): those its users sent and the
 * interests job seekers showed, each with the anonymised card while the person shares it, and the
 * name and contact details only once accepted. Interests are accepted or declined here.
 */
@Named
@RequestScoped
public class EmployerContactsPage {
  @Inject private ContactService contacts;
  @Inject private ContactRows rows;
  @Inject private ContactActions actions;
  @Inject private CurrentUser currentUser;

  private List<ContactRow> list;

  public List<ContactRow> getRows() {
    if (list == null) {
      list = rows.of(contacts.mine(currentUser.requireId()));
    }
    return list;
  }

  public String accept(String id) {
    return actions.run(() -> contacts.accept(currentUser.requireId(), id, null, null), f -> null)
        ? actions.redirect("/employer/contacts", "contact.page.accepted")
        : null;
  }

  public String decline(String id) {
    return actions.run(() -> contacts.decline(currentUser.requireId(), id), f -> null)
        ? actions.redirect("/employer/contacts", "contact.page.declined")
        : null;
  }
}
