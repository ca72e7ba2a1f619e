package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
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

  /**
   * Shows each error beside its field (by the map from field name to client id) and marks it
   * invalid.
   */
  public void show(ValidationFailure failure, Map<String, String> clientIdByField) {
    show(failure, clientIdByField::get);
  }

  /**
   * Shows each error beside the input the function names for its field, marked invalid; errors
   * without such an input on the page are shown at the top, so none is lost.
   */
  public void show(ValidationFailure failure, Function<String, String> clientIdOfField) {
    FacesContext context = FacesContext.getCurrentInstance();
    for (FieldError e : failure.errors()) {
      String clientId = clientIdOfField.apply(e.field());
      // invokeOnComponent also finds inputs in the rows of a ui:repeat, which findComponent does
      // not.
      boolean found =
          clientId != null
              && context
                  .getViewRoot()
                  .invokeOnComponent(context, clientId, (ctx, component) -> markInvalid(component));
      error(found ? clientId : null, e.messageKey(), e.arguments());
    }
    context.validationFailed();
  }

  private static void markInvalid(UIComponent component) {
    if (component instanceof UIInput input) {
      // An invalid input renders its submitted value; the model already holds what was
      // typed (never a password: beans clear those), so hand it back for rendering.
      Object typed = input.getValue();
      input.setSubmittedValue(typed == null ? null : typed.toString());
      input.setValid(false);
    }
  }

  /** Keeps messages across a redirect (Post-Redirect-Get). */
  public void keepForNextRequest() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
