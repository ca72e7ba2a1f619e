package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.talentbruecke.matching.application.Viewer;
import org.talentbruecke.matching.application.Viewers;

/**
 * The caller of the current HTTP request, which pages and the API share (the caller name is the
 * account id, the group is the role). The servlet request answers the role for bearer-token calls
 * too; Jakarta Security's {@code SecurityContext.isCallerInRole} did not (every API caller was
 * logged with role NONE). Outside a request (a background task) it is {@link Viewer#NOBODY}.
 */
@ApplicationScoped
public class SecurityContextViewers implements Viewers {
  private static final List<String> ROLES = List.of("ADMIN", "STAFF", "EMPLOYER", "JOB_SEEKER");

  @Inject private HttpServletRequest request;

  @Override
  public Viewer current() {
    try {
      Principal caller = request.getUserPrincipal();
      if (caller == null) {
        return Viewer.NOBODY;
      }
      Long account = Long.valueOf(caller.getName());
      for (String role : ROLES) {
        if (request.isUserInRole(role)) {
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
