package org.talentbruecke.contact.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.talentbruecke.contact.domain.ContactConflict;
import org.talentbruecke.contact.domain.NotYourSide;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * Runs a page's contact action and turns a refusal into a clear message in the page's language:
 * nothing changed, and what was typed stays in the fields.
 */
@RequestScoped
public class ContactActions {
  @Inject private FacesMessages messages;

  /**
   * @param fieldIds the client id of the input for a field name (null: shown at the top)
   * @return true when the action went through
   */
  public boolean run(Runnable action, Function<String, String> fieldIds) {
    try {
      action.run();
      return true;
    } catch (ValidationFailure failure) {
      messages.show(failure, fieldIds);
    } catch (ContactConflict e) {
      messages.error(null, "contact.conflict." + e.reason());
    } catch (NotYourSide e) {
      messages.error(null, "contact.notYourSide");
    } catch (NotFound e) {
      messages.error(null, "contact.gone");
    }
    return false;
  }

  /** Post-Redirect-Get to {@code outcome}, keeping the message for the next page. */
  public String redirect(String outcome, String messageKey, Object... arguments) {
    messages.info(messageKey, arguments);
    messages.keepForNextRequest();
    return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  /** Answers 404 for the page and stops rendering it. */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
