package org.talentbruecke.identity.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.OwnAccount;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * Admins find accounts by e-mail or name and role (both kept in the address), deactivate and
 * reactivate them, end their sessions and lift a sign-in throttle.
 */
@Named
@ViewScoped
public class AdminAccountListPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient AccountService accounts;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FacesMessages messages;

  private String q;
  private String role;
  private AccountListModel model;

  public AccountListModel getModel() {
    if (model == null) {
      model = new AccountListModel(q, roleOrNull());
    }
    return model;
  }

  private Role roleOrNull() {
    try {
      return role == null || role.isBlank() ? null : Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public long getTotal() {
    return accounts.count(q, roleOrNull());
  }

  public boolean isSelf(AccountRow row) {
    return currentUser.accountId().map(id -> id == row.id()).orElse(false);
  }

  public void deactivate(AccountRow row) {
    try {
      accounts.deactivate(currentUser.requireId(), row.id());
      messages.info("adminAccounts.deactivated", row.email());
    } catch (OwnAccount e) {
      messages.error(null, "adminAccounts.notYourself");
    } catch (NotFound e) {
      messages.error(null, "adminAccounts.gone");
    }
  }

  public void reactivate(AccountRow row) {
    try {
      accounts.reactivate(row.id());
      messages.info("adminAccounts.reactivated", row.email());
    } catch (NotFound e) {
      messages.error(null, "adminAccounts.gone");
    }
  }

  public void endSessions(AccountRow row) {
    try {
      accounts.endAllSessions(row.id());
      messages.info("adminAccounts.sessionsEnded", row.email());
    } catch (RuntimeException e) {
      messages.error(null, "adminAccounts.gone");
    }
  }

  public void liftThrottle(AccountRow row) {
    accounts.liftThrottle(row.id());
    messages.info("adminAccounts.throttleLifted", row.email());
  }

  public List<String> getRoles() {
    return Arrays.stream(Role.values()).map(Enum::name).toList();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? null : q.strip();
    model = null;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
    model = null;
  }
}
