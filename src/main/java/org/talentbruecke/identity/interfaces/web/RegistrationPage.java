package org.talentbruecke.identity.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.talentbruecke.identity.application.EmployerRegistration;
import org.talentbruecke.identity.application.RegistrationRequest;
import org.talentbruecke.identity.application.RegistrationService;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.TooManyAttempts;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.infrastructure.ClientAddress;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * Backing bean of the registration page for job seekers and employers. After a successful
 * registration the person is signed in at once.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "email", "registration:email",
          "password", "registration:password",
          "displayName", "registration:displayName",
          "organisationName", "registration:organisationName",
          "privacyAccepted", "registration:privacy",
          "role", "registration:role");

  @Inject private transient RegistrationService registration;
  @Inject private transient EmployerRegistration employerRegistration;
  @Inject private transient ClientAddress clientAddress;
  @Inject private transient WebLogin login;
  @Inject private transient FacesMessages messages;
  @Inject private transient LocaleBean localeBean;

  private Role role = Role.JOB_SEEKER;
  private String email;
  private String password;
  private String displayName;
  private String organisationName;
  private boolean privacyAccepted;

  public void register() throws IOException {
    String typedPassword = password;
    password = null;
    try {
      RegistrationRequest request =
          new RegistrationRequest(
              email,
              typedPassword,
              displayName,
              role,
              organisationName,
              localeBean.getLanguage(),
              privacyAccepted);
      String address = clientAddress.of((HttpServletRequest) Faces.getRequest());
      if (request.isEmployer()) {
        employerRegistration.registerWithNewOrganisation(request, address);
      } else {
        registration.registerSelf(request, address);
      }
    } catch (ValidationFailure failure) {
      messages.show(failure, FIELDS);
      return;
    } catch (TooManyAttempts e) {
      messages.error(null, "registration.throttled");
      return;
    }
    messages.info(
        role == Role.EMPLOYER ? "registration.welcome.employer" : "registration.welcome.seeker");
    messages.keepForNextRequest();
    login.signIn(email, typedPassword, null);
  }

  public boolean isEmployer() {
    return role == Role.EMPLOYER;
  }

  public Role[] getRoles() {
    return new Role[] {Role.JOB_SEEKER, Role.EMPLOYER};
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  /** Lets a link like {@code register.xhtml?as=employer} preselect the role. */
  public void setAs(String as) {
    if ("employer".equals(as)) {
      role = Role.EMPLOYER;
    }
  }

  public String getAs() {
    return role == Role.EMPLOYER ? "employer" : null;
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

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public boolean isPrivacyAccepted() {
    return privacyAccepted;
  }

  public void setPrivacyAccepted(boolean privacyAccepted) {
    this.privacyAccepted = privacyAccepted;
  }
}
