package org.talentbruecke.shared.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/**
 * Refuses cross-site requests that change state through the API with the page session cookie.
 *
 * <p>The browser sends the session cookie with a plain form post from another origin of the same
 * site (another port, a sibling subdomain), and body-less API calls such as {@code POST
 * /openings/{id}/close} need no JSON, so SameSite=Lax alone does not stop them. A state-changing
 * call that is authenticated by the session (no {@code Authorization} header) must therefore come
 * from this service's own origin (Origin, or Referer when a browser sends no Origin) AND carry the
 * header {@code X-Requested-With}, which a form cannot set and another origin may only set after a
 * CORS preflight that this service never grants. Bearer-token calls carry no ambient credential and
 * pass unchanged. See docs/decisions/040-api-csrf.md.
 */
@WebFilter(filterName = "ApiCsrfFilter", urlPatterns = "/api/*")
public class ApiCsrfFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The header a cookie-authenticated client must send with every state-changing call. */
  public static final String REQUIRED_HEADER = "X-Requested-With";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (needsDefence(request) && !sameOrigin(request)) {
      Problem.of(
              ProblemType.CROSS_SITE_REQUEST,
              "A request that changes data with the session cookie must come from this site's own"
                  + " pages and carry the header "
                  + REQUIRED_HEADER
                  + "; API clients send a bearer token instead.")
          .writeTo(response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** State-changing and authenticated by the session cookie, not by a bearer token. */
  static boolean needsDefence(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
        && request.getHeader("Authorization") == null
        && (request.getUserPrincipal() != null || request.getRequestedSessionId() != null);
  }

  static boolean sameOrigin(HttpServletRequest request) {
    String marker = request.getHeader(REQUIRED_HEADER);
    if (marker == null || marker.isBlank()) {
      return false;
    }
    String source = request.getHeader("Origin");
    if (source == null) {
      source = request.getHeader("Referer");
    }
    return source != null && sameAuthority(source, request.getHeader("Host"));
  }

  /**
   * Compares host and port only: behind a TLS-terminating reverse proxy the request reaches us over
   * plain HTTP while the browser's origin says https, but the Host header is passed on unchanged.
   */
  static boolean sameAuthority(String source, String host) {
    if (host == null || "null".equals(source)) {
      return false;
    }
    try {
      URI uri = URI.create(source.trim());
      if (uri.getHost() == null) {
        return false;
      }
      String authority =
          uri.getPort() == -1 || isDefaultPort(uri)
              ? uri.getHost()
              : uri.getHost() + ":" + uri.getPort();
      return authority.equalsIgnoreCase(host.trim())
          || withoutDefaultPort(host).equalsIgnoreCase(authority);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static boolean isDefaultPort(URI uri) {
    return ("https".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == 443)
        || ("http".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == 80);
  }

  private static String withoutDefaultPort(String host) {
    String h = host.trim();
    if (h.endsWith(":80") || h.endsWith(":443")) {
      return h.substring(0, h.lastIndexOf(':'));
    }
    return h;
  }
}
