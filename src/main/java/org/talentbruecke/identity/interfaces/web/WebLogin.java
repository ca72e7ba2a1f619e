package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.LoginOutcome;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.infrastructure.security.TalentbrueckeAuthentication;
import org.talentbruecke.shared.interfaces.web.LanguageSelection;

/**
 * Signs a person in from a Faces page through Jakarta Security, and sends them on to where they
 * wanted to go (a local page only, so the login cannot be abused as an open redirect).
 */
@RequestScoped
public class WebLogin {
  private static final Pattern LOCAL_PAGE =
      Pattern.compile("^/[A-Za-z0-9/_.-]*\\.xhtml(\\?[^\\s]*)?$");

  @Inject private SecurityContext securityContext;
  @Inject private AccountService accounts;

  /** Attempts the login; on success the response is already a redirect. */
  public LoginOutcome signIn(String email, String password, String next) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    // The language the login page was shown in: read before the session id changes.
    Locale pageLanguage = LanguageSelection.of(request);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        nullToEmpty(email), new Password(nullToEmpty(password)))));
    LoginOutcome outcome =
        (LoginOutcome) request.getAttribute(TalentbrueckeAuthentication.OUTCOME_ATTRIBUTE);
    if (status == AuthenticationStatus.SUCCESS && outcome instanceof LoginOutcome.Success s) {
      keepPageLanguage(request, response, s.account(), pageLanguage);
      external.redirect(external.getRequestContextPath() + safeTarget(next, s.account()));
      faces.responseComplete();
    }
    return outcome == null ? new LoginOutcome.Invalid() : outcome;
  }

  /** Ends this session. */
  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // The session is invalidated below either way.
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
  }

  /** Ends every session and token of this account, this one included. */
  public void signOutEverywhere(long accountId) throws IOException {
    accounts.endAllSessions(accountId);
    signOut();
  }

  /**
   * The language of the page the person signed in on wins over the one stored on the account (what
   * they see is what they keep), and becomes the account's language for e-mails and PDFs.
   */
  private void keepPageLanguage(
      HttpServletRequest request, HttpServletResponse response, Account account, Locale locale) {
    LanguageSelection.choose(request, response, locale);
    if (!locale.getLanguage().equals(account.getPreferredLanguage())) {
      accounts.preferLanguage(account.getId(), locale.getLanguage());
    }
  }

  static String safeTarget(String next, Account account) {
    if (next != null
        && LOCAL_PAGE.matcher(next).matches()
        && !next.startsWith("//")
        && !next.contains("..")) {
      return next;
    }
    return CurrentUser.homeOf(account.getRole());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
