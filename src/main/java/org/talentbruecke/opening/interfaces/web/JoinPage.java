package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.talentbruecke.identity.application.RegistrationRequest;
import org.talentbruecke.identity.interfaces.web.WebLogin;
import org.talentbruecke.opening.application.EmployerOnboarding;
import org.talentbruecke.opening.application.InvitationService;
import org.talentbruecke.shared.application.TooManyAttempts;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/** An invited colleague registers through the one-time link and joins the organisation at once. */
@Named
@ViewScoped
public class JoinPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "email",
          "join:email",
          "password",
          "join:password",
          "displayName",
          "join:displayName",
          "privacyAccepted",
          "join:privacy",
          "invitation",
          "join:email");

  @Inject private transient InvitationService invitations;
  @Inject private transient EmployerOnboarding onboarding;
  @Inject private transient ClientAddress clientAddress;
  @Inject private transient WebLogin login;
  @Inject private transient FacesMessages messages;
  @Inject private transient LocaleBean localeBean;

  private String token;
  private String organisationName;
  private String email;
  private String password;
  private String displayName;
  private boolean privacyAccepted;

  /**
   * Reads the invitation named in the link; unknown, used or expired ones show a notice instead of
   * the form.
   */
  public void load() {
    if (organisationName != null) {
      return;
    }
    invitations
        .pending(token)
        .ifPresent(
            p -> {
              organisationName = p.organisationName();
              email = p.email();
            });
  }

  public void join() throws IOException {
    String typed = password;
    password = null;
    try {
      onboarding.registerInvited(
          RegistrationRequest.employer(
              email, typed, displayName, null, localeBean.getLanguage(), privacyAccepted),
          token,
          clientAddress.of((HttpServletRequest) Faces.getRequest()));
    } catch (ValidationFailure failure) {
      messages.show(failure, FIELDS);
      return;
    } catch (TooManyAttempts e) {
      messages.error(null, "registration.throttled");
      return;
    }
    messages.info("invitation.joined", organisationName);
    messages.keepForNextRequest();
    login.signIn(email, typed, null);
  }

  public boolean isValid() {
    return organisationName != null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String v) {
    token = v;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    email = v;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String v) {
    password = v;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String v) {
    displayName = v;
  }

  public boolean isPrivacyAccepted() {
    return privacyAccepted;
  }

  public void setPrivacyAccepted(boolean v) {
    privacyAccepted = v;
  }
}
