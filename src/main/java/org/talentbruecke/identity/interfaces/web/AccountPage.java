package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.shared.application.TooManyAttempts;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocalFormats;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/** The signed-in person's own account: password change, logout, logout everywhere. */
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
      long seconds =
          Math.max(1, Duration.between(clock.instant(), throttled.retryAt()).toSeconds());
      String time = LocalFormats.time(throttled.retryAt(), localeBean.getLocale());
      messages.error(null, "login.throttled", seconds, time);
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
}
