package org.talentbruecke.identity.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.identity.application.Authenticator;
import org.talentbruecke.identity.application.LoginOutcome;
import org.talentbruecke.identity.infrastructure.security.ApiTokens;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;
import org.talentbruecke.shared.interfaces.rest.Throttled;

/** Exchanges e-mail and password for a bearer token, throttled like the login page. */
@Path("/auth/token")
@RequestScoped
@Tag(name = "Accounts")
public class AuthResource {
  @Inject private Authenticator authenticator;
  @Inject private ApiTokens tokens;
  @Inject private ClientAddress clientAddress;
  @Inject private org.talentbruecke.shared.interfaces.rest.RequestBodies bodies;
  @Inject private Clock clock;
  @Context private HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Get a bearer token for e-mail and password")
  public TokenDto token(Credentials credentials) {
    if (credentials == null) {
      throw new ProblemException(ProblemType.VALIDATION, "email and password are required.");
    }
    bodies.require(credentials);
    LoginOutcome outcome =
        authenticator.signIn(
            credentials.email(), credentials.password(), clientAddress.of(request));
    if (outcome instanceof LoginOutcome.Throttled t) {
      throw Throttled.until(t.retryAt(), clock);
    }
    if (outcome instanceof LoginOutcome.Deactivated) {
      throw new ProblemException(
          ProblemType.FORBIDDEN,
          "This account has been deactivated by an administrator. Please contact the region's"
              + " economic-development office.");
    }
    if (!(outcome instanceof LoginOutcome.Success s)) {
      throw new ProblemException(ProblemType.INVALID_CREDENTIALS, "E-mail or password is wrong.");
    }
    ApiTokens.IssuedToken issued = tokens.issue(s.account());
    long seconds = Duration.between(clock.instant(), issued.expiresAt()).toSeconds();
    return new TokenDto(issued.token(), "Bearer", seconds);
  }
}
