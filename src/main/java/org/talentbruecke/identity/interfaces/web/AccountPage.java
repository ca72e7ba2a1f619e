package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.ErasureNotAllowed;
import org.talentbruecke.identity.application.WrongPassword;
import org.talentbruecke.shared.application.TooManyAttempts;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LanguageSelection;
import org.talentbruecke.shared.interfaces.web.LocalFormats;
import org.talentbruecke.shared.interfaces.web.LocaleBean;
import org.talentbruecke.shared.interfaces.web.Messages;

/**
 * The signed-in person's own account: interface language, password change, logout, logout
 * everywhere, downloading one's data and (job seekers) deleting the account.
 */
@Named
@RequestScoped
public class AccountPage {
  private static final Map<String, String> FIELDS =
      Map.of("currentPassword", "password:current", "newPassword", "password:new");

  @Inject private AccountService accounts;
  @Inject private CurrentUser currentUser;
  @Inject private WebLogin login;
  @Inject private FacesMessages messages;
  @Inject private ClientAddress clientAddress;
  @Inject private LocaleBean localeBean;
  @Inject private Clock clock;

  private String currentPassword;
  private String newPassword;
  private String language;
  private String erasePassword;

  /**
   * Makes the chosen language the person's: for this session, this browser (after signing out too)
   * and their account (e-mails, PDFs). Redirects so that the whole page is shown in it.
   */
  public void saveLanguage() throws IOException {
    Optional<Locale> chosen = Messages.supported(language);
    if (chosen.isEmpty()) {
      messages.error("language:preferred", "account.language.unknown");
      return;
    }
    LanguageSelection.choose(
        (HttpServletRequest) Faces.getRequest(),
        (HttpServletResponse) Faces.getResponse(),
        chosen.get());
    accounts.preferLanguage(currentUser.requireId(), chosen.get().getLanguage());
    localeBean.switchTo(chosen.get()); // the confirmation speaks the new language
    messages.info("account.language.saved");
    messages.keepForNextRequest();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/account/index.xhtml");
  }

  /** The five languages, each named in itself. */
  public List<LocaleBean.LanguageOption> getLanguages() {
    return localeBean.getOptions();
  }

  /** Whether this person may delete their account here (today: job seekers). */
  public boolean isErasable() {
    return currentUser.hasRole("JOB_SEEKER");
  }

  /** Where the data export is: the whole profile for job seekers, the account for others. */
  public String getExportPath() {
    return isErasable() ? "/api/v1/profiles/me/export" : "/api/v1/accounts/me/export";
  }

  /**
   * Deletes the account after the password was given again, then ends this session and shows the
   * start page with a confirmation.
   */
  public void erase() throws IOException {
    String password = erasePassword;
    erasePassword = null;
    if (password == null || password.isEmpty()) {
      messages.error("erase:erasePassword", "validation.required");
      return;
    }
    HttpServletRequest request = (HttpServletRequest) Faces.getRequest();
    try {
      accounts.erase(currentUser.requireId(), password, clientAddress.of(request));
    } catch (WrongPassword wrong) {
      messages.error("erase:erasePassword", "account.erase.wrongPassword");
      return;
    } catch (TooManyAttempts throttled) {
      showThrottled(throttled);
      return;
    } catch (ErasureNotAllowed notAllowed) {
      messages.error(null, "account.erase.notAllowed");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // The account is gone: the session is invalidated below and would not be accepted anyway.
    }
    external.invalidateSession();
    messages.info("account.erase.done");
    messages.keepForNextRequest();
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }

  private void showThrottled(TooManyAttempts throttled) {
    long seconds = Math.max(1, Duration.between(clock.instant(), throttled.retryAt()).toSeconds());
    String time = LocalFormats.time(throttled.retryAt(), localeBean.getLocale());
    messages.error(null, "login.throttled", seconds, time);
  }

  public void changePassword() throws IOException {
    String current = currentPassword;
    String replacement = newPassword;
    currentPassword = null;
    newPassword = null;
    try {
      accounts.changePassword(
          currentUser.requireId(),
          current,
          replacement,
          clientAddress.of((HttpServletRequest) Faces.getRequest()));
    } catch (ValidationFailure failure) {
      messages.show(failure, FIELDS);
      return;
    } catch (TooManyAttempts throttled) {
      showThrottled(throttled);
      return;
    }
    // Changing the password ended every session, this one too: sign in again with the new one.
    messages.info("password.changed");
    messages.keepForNextRequest();
    login.signIn(currentUser.getEmail(), replacement, "/account/index.xhtml");
  }

  public void signOut() throws IOException {
    login.signOut();
  }

  public void signOutEverywhere() throws IOException {
    login.signOutEverywhere(currentUser.requireId());
  }

  public String getLanguage() {
    return language == null ? localeBean.getLanguage() : language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getErasePassword() {
    return erasePassword;
  }

  public void setErasePassword(String erasePassword) {
    this.erasePassword = erasePassword;
  }
}
