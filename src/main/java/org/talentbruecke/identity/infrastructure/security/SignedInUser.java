package org.talentbruecke.identity.infrastructure.security;

import java.io.Serializable;
import org.talentbruecke.identity.domain.Role;

/**
 * Who is signed in to an HTTP session. Serializable because sessions are replicated when the
 * service runs on several nodes.
 */
public record SignedInUser(long accountId, Role role, int sessionEpoch) implements Serializable {
  public static final String SESSION_ATTRIBUTE = "talentbruecke.signedInUser";
}
