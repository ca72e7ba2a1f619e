package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The second language of the side-by-side mode: a job seeker and an adviser filling in a profile
 * together see every label in the interface language and, smaller, in this one. It lasts for the
 * session because it belongs to a sitting, not to the person.
 */
@Named
@SessionScoped
public class SecondLanguage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient LocaleBean localeBean;

  private String code;

  /** The chosen language, empty when off or when it is the interface language itself. */
  public Optional<Locale> locale() {
    return Messages.supported(code).filter(l -> !l.getLanguage().equals(localeBean.getLanguage()));
  }

  public boolean isActive() {
    return locale().isPresent();
  }

  public String getCode() {
    return code;
  }

  /** Chooses a supported language or switches the mode off (empty or unknown code). */
  public void setCode(String code) {
    this.code = Messages.supported(code).map(Locale::getLanguage).orElse(null);
  }

  public String getLanguage() {
    return locale().map(Locale::getLanguage).orElse("");
  }

  public String getDirection() {
    return "ar".equals(getLanguage()) ? "rtl" : "ltr";
  }

  /** A message in the second language; empty when the mode is off. */
  public String text(String key) {
    return locale().map(l -> Messages.format(l, key)).orElse("");
  }

  /** The languages that can be shown beside the interface language, German first. */
  public List<LocaleBean.LanguageOption> getOptions() {
    return Messages.SUPPORTED.stream()
        .filter(l -> !l.getLanguage().equals(localeBean.getLanguage()))
        .map(
            l ->
                new LocaleBean.LanguageOption(
                    l.getLanguage(), l.getDisplayLanguage(l), l.getLanguage().equals(code)))
        .toList();
  }

  /** Stays on the page after choosing. */
  public String apply() {
    return null;
  }
}
