package org.talentbruecke.identity.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.Authenticator;
import org.talentbruecke.identity.application.LoginOutcome;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemType;
import org.talentbruecke.shared.interfaces.web.SecurityHeadersFilter;

/**
 * The one authentication mechanism of the application (Jakarta Security 3 allows one per
 * application): form login for pages with the signed-in user kept in the HTTP session, and bearer
 * tokens for the API. See docs/decisions/002-authentication.md.
 */
@ApplicationScoped
public class TalentbrueckeAuthentication implements HttpAuthenticationMechanism {
  /** Request attribute through which the login page learns why a login failed. */
  public static final String OUTCOME_ATTRIBUTE = "talentbruecke.loginOutcome";

  private static final String API_PREFIX = "/api/";

  @Inject private Authenticator authenticator;
  @Inject private AccountService accounts;
  @Inject private ApiTokens tokens;
  @Inject private ClientAddress clientAddress;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential c) {
      return formLogin(request, context, c);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), request, response, context);
    }
    Optional<SignedInUser> sessionUser = sessionUser(request);
    if (sessionUser.isPresent()) {
      return context.notifyContainerAboutLogin(
          String.valueOf(sessionUser.get().accountId()), Set.of(sessionUser.get().role().name()));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request) && context.isAuthenticationRequest()) {
      // A @RolesAllowed check asked us (request.authenticate) on behalf of Jakarta REST, which
      // answers with its own problem document: writing one here too would clash with it.
      return context.doNothing();
    }
    SecurityHeadersFilter.apply(request, response);
    if (isApi(request)) {
      return sendProblem(response, context, ProblemType.UNAUTHORIZED, "Send a bearer token.");
    }
    return context.redirect(loginUrl(request));
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInUser.SESSION_ATTRIBUTE);
    }
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential c) {
    LoginOutcome outcome =
        authenticator.signIn(c.getCaller(), c.getPasswordAsString(), clientAddress.of(request));
    request.setAttribute(OUTCOME_ATTRIBUTE, outcome);
    if (!(outcome instanceof LoginOutcome.Success success)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Account account = success.account();
    // A fresh session id at login defeats session fixation.
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            SignedInUser.SESSION_ATTRIBUTE,
            new SignedInUser(account.getId(), account.getRole(), account.getSessionEpoch()));
    return context.notifyContainerAboutLogin(
        String.valueOf(account.getId()), Set.of(account.getRole().name()));
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<SignedInUser> user =
        tokens.verify(token).filter(u -> accounts.isCurrent(u.accountId(), u.sessionEpoch()));
    if (user.isEmpty()) {
      SecurityHeadersFilter.apply(request, response);
      return sendProblem(
          response, context, ProblemType.UNAUTHORIZED, "The token is invalid or expired.");
    }
    return context.notifyContainerAboutLogin(
        String.valueOf(user.get().accountId()), Set.of(user.get().role().name()));
  }

  private Optional<SignedInUser> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user)) {
      return Optional.empty();
    }
    if (!accounts.isCurrent(user.accountId(), user.sessionEpoch())) {
      // Logged out everywhere (or password changed) since this session signed in.
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(user);
  }

  private static AuthenticationStatus sendProblem(
      HttpServletResponse response, HttpMessageContext context, ProblemType type, String detail) {
    try {
      response.setStatus(type.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.setHeader("WWW-Authenticate", "Bearer realm=\"talentbruecke\"");
      response.getWriter().write(Problem.of(type, detail).toJson().toString());
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
  }

  private static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/login.xhtml?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
