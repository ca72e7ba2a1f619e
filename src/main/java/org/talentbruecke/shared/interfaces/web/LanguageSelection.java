package org.talentbruecke.shared.interfaces.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the interface language of a page comes from: an explicit choice kept in the session, else
 * the last choice this browser made (a cookie, so that it survives signing out), else the browser's
 * Accept-Language, else German. The API does not use this: it answers in the language of
 * Accept-Language or its query parameter.
 */
public final class LanguageSelection {
  public static final String SESSION_ATTRIBUTE = "talentbruecke.locale";
  public static final String COOKIE = "tb_lang";
  static final int COOKIE_MAX_AGE_SECONDS = (int) Duration.ofDays(365).toSeconds();

  private LanguageSelection() {}

  public static Locale of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
      return chosen;
    }
    return fromCookies(request.getCookies()).orElseGet(() -> fromBrowser(request));
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

  /** The language this browser chose last, if its cookie names one we support. */
  static Optional<Locale> fromCookies(Cookie[] cookies) {
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(Objects::nonNull)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(c -> Messages.supported(c.getValue()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Keeps the choice for this session and, in a cookie, for this browser: signing out ends the
   * session but not the person's language.
   */
  public static void choose(
      HttpServletRequest request, HttpServletResponse response, Locale locale) {
    request.getSession(true).setAttribute(SESSION_ATTRIBUTE, locale);
    response.addCookie(cookie(locale, request.getContextPath(), request.isSecure()));
  }

  /**
   * Not HttpOnly: it holds nothing secret, only a language code. SameSite=Lax like the session
   * cookie, so that a link from elsewhere still opens the page in the person's language.
   */
  static Cookie cookie(Locale locale, String contextPath, boolean secure) {
    Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
    cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
    cookie.setMaxAge(COOKIE_MAX_AGE_SECONDS);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
