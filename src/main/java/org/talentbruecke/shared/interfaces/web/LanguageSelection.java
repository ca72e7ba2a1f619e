package org.talentbruecke.shared.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the interface language of a request comes from: an explicit choice kept in the session,
 * else the browser's Accept-Language, else German.
 */
public final class LanguageSelection {
  public static final String SESSION_ATTRIBUTE = "talentbruecke.locale";

  private LanguageSelection() {}

  public static Locale of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
      return chosen;
    }
    return fromBrowser(request);
  }

  public static Locale fromBrowser(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Messages.DEFAULT_LOCALE; // getLocales() would give the server's locale instead
    }
    for (Locale accepted : Collections.list(request.getLocales())) {
      Optional<Locale> supported = Messages.supported(accepted.toLanguageTag());
      if (supported.isPresent()) {
        return supported.get();
      }
    }
    return Messages.DEFAULT_LOCALE;
  }

  public static void choose(HttpServletRequest request, Locale locale) {
    request.getSession(true).setAttribute(SESSION_ATTRIBUTE, locale);
  }
}
