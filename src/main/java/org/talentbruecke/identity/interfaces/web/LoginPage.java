package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.talentbruecke.identity.application.LoginOutcome;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocalFormats;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/** Backing bean of the login page. The password is never kept or shown again. */
@Named
@RequestScoped
public class LoginPage {
  @Inject private WebLogin login;
  @Inject private FacesMessages messages;
  @Inject private LocaleBean localeBean;
  @Inject private Clock clock;

  private String email;
  private String password;
  private String next;

  public void signIn() throws IOException {
    LoginOutcome outcome = login.signIn(email, password, next);
    password = null;
    if (outcome instanceof LoginOutcome.Throttled t) {
      long seconds = Math.max(1, Duration.between(clock.instant(), t.retryAt()).toSeconds());
      String time = LocalFormats.time(t.retryAt(), localeBean.getLocale());
      messages.error(null, "login.throttled", seconds, time);
    } else if (outcome instanceof LoginOutcome.Deactivated) {
      messages.error(null, "login.deactivated");
    } else if (outcome instanceof LoginOutcome.Invalid) {
      messages.error(null, "login.invalid");
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
