package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the error summary at the top of every page lists after a refused form (the GOV.UK
 * error-summary pattern): each error message of this request once, with the client id of the field
 * it belongs to so the summary can link to it; messages of the page as a whole have none. The other
 * messages of the page as a whole (confirmations, notes) stay in the status area.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One problem: what is wrong and, when it concerns a field, the field's client id. */
  public record Problem(String text, String clientId) {
    public boolean hasField() {
      return clientId != null;
    }
  }

  // Not cached: Faces asks whether the summary is rendered in every phase of a post, long before
  // validation has added the messages it must show.
  public List<Problem> getProblems() {
    return problemsOf(FacesContext.getCurrentInstance());
  }

  public boolean isShown() {
    return !getProblems().isEmpty();
  }

  /** A message of the page as a whole for the status area. */
  public record Notice(String text, boolean error) {}

  /**
   * Messages of the page as a whole for the status area: confirmations and notes, and errors too
   * when an ajax request updates only that area (the summary is not part of such an update).
   */
  public List<Notice> getNotices() {
    FacesContext context = FacesContext.getCurrentInstance();
    boolean ajax = context.getPartialViewContext().isAjaxRequest();
    List<Notice> notices = new ArrayList<>();
    for (FacesMessage m : context.getMessageList(null)) {
      if (ajax || !isError(m)) {
        notices.add(new Notice(m.getSummary(), isError(m)));
      }
    }
    return notices;
  }

  static List<Problem> problemsOf(FacesContext context) {
    Set<Problem> found = new LinkedHashSet<>();
    // Errors of the page as a whole first (e.g. "wrong e-mail or password"), then the fields' in
    // the order they were reported, which is the order of the form.
    for (FacesMessage m : context.getMessageList(null)) {
      if (isError(m)) {
        found.add(new Problem(m.getSummary(), null));
      }
    }
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String clientId = ids.next();
      if (clientId == null) {
        continue;
      }
      for (FacesMessage m : context.getMessageList(clientId)) {
        if (isError(m)) {
          found.add(new Problem(m.getSummary(), clientId));
        }
      }
    }
    return List.copyOf(found);
  }

  private static boolean isError(FacesMessage message) {
    return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
  }
}
