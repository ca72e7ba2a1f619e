package org.talentbruecke.identity.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.talentbruecke.identity.application.ConsentService;

/**
 * Sends a signed-in job seeker or employer who has not agreed to the current privacy notice (a new
 * version, or a withdrawn consent) to the consent page before any other page. Until they agree they
 * can only read the notice, sign out, download their data or delete their account (decision 043).
 * Checked once per session and version: the answer is kept in the session.
 */
@WebFilter(filterName = "PrivacyConsentFilter", urlPatterns = "*.xhtml")
public class PrivacyConsentFilter extends HttpFilter {
  /** Session attribute: "accountId:version" once that account agreed to that version. */
  static final String AGREED = "talentbruecke.privacyAgreed";

  static final String CONSENT_PAGE = "/account/consent.xhtml";

  private static final long serialVersionUID = 1L;

  // Pages that stay open without the consent: the notice and legal pages, the consent page
  // itself, the landing and login pages, errors.
  private static final Set<String> OPEN =
      Set.of(
          CONSENT_PAGE,
          "/privacy.xhtml",
          "/imprint.xhtml",
          "/accessibility.xhtml",
          "/index.xhtml",
          "/login.xhtml");

  @Inject private ConsentService consents;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null
        || !(request.isUserInRole("JOB_SEEKER") || request.isUserInRole("EMPLOYER"))
        || isOpen(request)) {
      chain.doFilter(request, response);
      return;
    }
    long accountId;
    try {
      accountId = Long.parseLong(request.getUserPrincipal().getName());
    } catch (NumberFormatException e) {
      chain.doFilter(request, response);
      return;
    }
    String agreed = accountId + ":" + consents.noticeVersion();
    HttpSession session = request.getSession(false);
    if (session != null && agreed.equals(session.getAttribute(AGREED))) {
      chain.doFilter(request, response);
      return;
    }
    if (!consents.mustAgreeToNotice(accountId)) {
      if (session != null) {
        session.setAttribute(AGREED, agreed);
      }
      chain.doFilter(request, response);
      return;
    }
    String target = request.getContextPath() + CONSENT_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request of a page opened before: Faces follows a redirect in its partial response.
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(target);
  }

  /** The open pages; the account page only to delete the account (its confirmation and form). */
  static boolean isOpen(HttpServletRequest request) {
    String path = request.getServletPath();
    if (path == null
        || OPEN.contains(path)
        || path.startsWith("/error/")
        || path.startsWith("/jakarta.faces.resource/")) {
      return true;
    }
    if ("/account/index.xhtml".equals(path)) {
      return "confirm".equals(request.getParameter("erase")) || "POST".equals(request.getMethod());
    }
    return false;
  }

  /** After the person agreed or withdrew: the next page checks again. */
  static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(AGREED);
    }
  }
}
