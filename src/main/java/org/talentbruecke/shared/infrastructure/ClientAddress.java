package org.talentbruecke.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address for throttling. X-Forwarded-For is honoured only when configured, because
 * without a reverse proxy in front anyone could send it and escape the throttle.
 */
@ApplicationScoped
public class ClientAddress {
  @Inject
  @ConfigProperty(name = "talentbruecke.http.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  public String of(HttpServletRequest request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String first = forwarded.split(",")[0].trim();
        return first.length() > 64 ? first.substring(0, 64) : first;
      }
    }
    return request.getRemoteAddr();
  }
}
