package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.talentbruecke.matching.application.Viewer;
import org.talentbruecke.matching.application.Viewers;

/**
 * The caller from Jakarta Security, which pages and the API share (the caller name is the account
 * id, the group is the role). Outside a request (a background task) it is {@link Viewer#NOBODY}.
 */
@ApplicationScoped
public class SecurityContextViewers implements Viewers {
  private static final List<String> ROLES = List.of("ADMIN", "STAFF", "EMPLOYER", "JOB_SEEKER");

  @Inject private SecurityContext security;

  @Override
  public Viewer current() {
    try {
      Principal caller = security.getCallerPrincipal();
      if (caller == null) {
        return Viewer.NOBODY;
      }
      Long account = Long.valueOf(caller.getName());
      for (String role : ROLES) {
        if (security.isCallerInRole(role)) {
          return new Viewer(account, role);
        }
      }
      return new Viewer(account, "NONE");
    } catch (RuntimeException noRequest) {
      // No web request on this thread (an executor task) or a caller name that is no account id.
      return Viewer.NOBODY;
    }
  }
}
