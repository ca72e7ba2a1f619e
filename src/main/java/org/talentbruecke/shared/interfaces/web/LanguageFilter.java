package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies a language chosen with {@code ?lang=xx} on any page: keeps it in the session and the
 * browser and, for a signed-in person, announces it so that it is remembered for their next visit.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private Event<LanguageChosen> languageChosen;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Reading a parameter fixes the body's encoding; without this, form posts were decoded as
    // ISO-8859-1 before Faces could say UTF-8 ("Gärtner" became "GÃ¤rtner"). Pages only: the API
    // reads JSON bodies, which carry their own encoding.
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding("UTF-8");
    }
    Optional<Locale> requested = Messages.supported(request.getParameter("lang"));
    if (requested.isPresent()) {
      LanguageSelection.choose(request, response, requested.get());
      if (request.getUserPrincipal() != null) {
        languageChosen.fire(
            new LanguageChosen(request.getUserPrincipal().getName(), requested.get()));
      }
    }
    chain.doFilter(request, response);
  }
}
