package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The page's language and writing direction, for the template. */
@Named
@RequestScoped
public class LocaleBean {
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      locale = LanguageSelection.of(request);
    }
    return locale;
  }

  /** The person just chose another language: the rest of this request speaks it already. */
  public void switchTo(Locale chosen) {
    locale = chosen;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public String getDirection() {
    return "ar".equals(getLanguage()) ? "rtl" : "ltr";
  }

  public List<LanguageOption> getOptions() {
    return Messages.SUPPORTED.stream()
        .map(
            l ->
                new LanguageOption(l.getLanguage(), l.getDisplayLanguage(l), l.equals(getLocale())))
        .toList();
  }

  /** A language the person can switch to, named in that language itself. */
  public record LanguageOption(String code, String nativeName, boolean current) {
    public String getCode() {
      return code;
    }

    public String getNativeName() {
      return nativeName;
    }

    public boolean isCurrent() {
      return current;
    }
  }
}
