package org.talentbruecke.shared.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/**
 * Refuses a session id in the URL ({@code ;jsessionid=}) with 400.
 *
 * <p>Sessions are tracked by cookie only (web.xml), yet the container still resolves a path
 * parameter session id before any filter runs. Such a URL is never produced by this application: it
 * is a session id that leaked into a link, or an attempt to plant one (session fixation). Refusing
 * it outright is safer and more visible than ignoring it, because by the time a filter runs the
 * container has already looked the session up.
 */
@WebFilter(filterName = "UrlSessionIdFilter", urlPatterns = "/*")
public class UrlSessionIdFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.isRequestedSessionIdFromURL() || hasSessionPathParameter(request.getRequestURI())) {
      Problem.of(ProblemType.MALFORMED_REQUEST, "A session id in the address is not accepted.")
          .writeTo(response);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean hasSessionPathParameter(String uri) {
    return uri != null && uri.toLowerCase(Locale.ROOT).contains(";jsessionid");
  }
}
