package org.talentbruecke.opening.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.talentbruecke.shared.application.MessageTexts;

/** The interface language an API caller asks for with Accept-Language; German when none fits. */
@ApplicationScoped
public class RequestLanguage {
  public Locale of(HttpHeaders headers) {
    // The first supported entry wins, so "fr, en" gives English rather than the German default.
    for (Locale accepted : headers.getAcceptableLanguages()) {
      if (!"*".equals(accepted.getLanguage())) {
        var supported = MessageTexts.supported(accepted.toLanguageTag());
        if (supported.isPresent()) {
          return supported.get();
        }
      }
    }
    return MessageTexts.DEFAULT_LOCALE;
  }
}
