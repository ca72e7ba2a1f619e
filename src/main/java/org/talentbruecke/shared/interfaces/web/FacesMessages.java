package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

/** Puts localised messages on a page, next to the fields they concern. */
@RequestScoped
public class FacesMessages {
  @Inject private LocaleBean localeBean;

  public String text(String key, Object... arguments) {
    return Messages.format(localeBean.getLocale(), key, arguments);
  }

  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /** Shows each error beside its field (by the map from field name to client id) and marks it invalid. */
  public void show(ValidationFailure failure, Map<String, String> clientIdByField) {
    FacesContext context = FacesContext.getCurrentInstance();
    for (FieldError e : failure.errors()) {
      String clientId = clientIdByField.get(e.field());
      error(clientId, e.messageKey(), e.arguments());
      if (clientId != null) {
        UIComponent component = context.getViewRoot().findComponent(clientId);
        if (component instanceof UIInput input) {
          // An invalid input renders its submitted value; the model already holds what was
          // typed (never a password: beans clear those), so hand it back for rendering.
          Object typed = input.getValue();
          input.setSubmittedValue(typed == null ? null : typed.toString());
          input.setValid(false);
        }
      }
    }
    context.validationFailed();
  }

  /** Keeps messages across a redirect (Post-Redirect-Get). */
  public void keepForNextRequest() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
