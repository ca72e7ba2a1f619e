package org.talentbruecke.shared.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the security headers on every response, pages and API alike.
 *
 * <p>The Content-Security-Policy allows inline scripts and styles because PrimeFaces renders widget
 * initialisation and event handlers inline; everything is still restricted to this origin, framing
 * is forbidden and forms may only post back here. See docs/decisions/003-security-headers.md.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers; also called by the authentication mechanism, whose redirects and 401 answers
   * are written before any filter runs.
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (request.getUserPrincipal() != null) {
      // Pages of signed-in people carry personal data: never keep them in shared caches.
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
