package org.talentbruecke.identity.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.RegistrationRequest;
import org.talentbruecke.identity.application.RegistrationService;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * Admin page: a form to create staff (or admin) accounts; the list is {@link AdminAccountListPage}.
 */
@Named
@ViewScoped
public class AdminAccountsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "email", "newStaff:email",
          "password", "newStaff:password",
          "displayName", "newStaff:displayName",
          "role", "newStaff:role");

  @Inject private transient AccountService accounts;
  @Inject private transient RegistrationService registration;
  @Inject private transient FacesMessages messages;

  private Role role = Role.STAFF;
  private String email;
  private String displayName;
  private String password;

  public void create() {
    String typed = password;
    password = null;
    try {
      registration.createByAdmin(
          new RegistrationRequest(email, typed, displayName, role, null, null, false));
    } catch (ValidationFailure failure) {
      messages.show(failure, FIELDS);
      return;
    }
    messages.info("admin.created", email);
    email = null;
    displayName = null;
  }

  public Role[] getRoles() {
    return new Role[] {Role.STAFF, Role.ADMIN};
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
