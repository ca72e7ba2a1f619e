package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.Role;

/** Who is signed in, for pages and navigation; the caller name is the account id. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject private SecurityContext security;
  @Inject private AccountService accounts;

  private Optional<Account> account;

  public Optional<Account> account() {
    if (account == null) {
      account =
          security.getCallerPrincipal() == null
              ? Optional.empty()
              : parse(security.getCallerPrincipal().getName()).flatMap(accounts::find);
    }
    return account;
  }

  public boolean isSignedIn() {
    return account().isPresent();
  }

  public boolean hasRole(String role) {
    return account().map(a -> a.getRole() == Role.valueOf(role)).orElse(false);
  }

  public String getDisplayName() {
    return account().map(Account::getDisplayName).orElse("");
  }

  public String getEmail() {
    return account().map(Account::getEmail).orElse("");
  }

  /** The signed-in person's account id, empty when nobody is signed in. */
  public Optional<Long> accountId() {
    return account().map(Account::getId);
  }

  public long requireId() {
    return account()
        .map(Account::getId)
        .orElseThrow(() -> new IllegalStateException("Not signed in"));
  }

  /** The landing page of the signed-in person's role. */
  public String getHome() {
    return account().map(a -> homeOf(a.getRole())).orElse("/index.xhtml");
  }

  public static String homeOf(Role role) {
    return switch (role) {
      case JOB_SEEKER -> "/seeker/index.xhtml";
      case EMPLOYER -> "/employer/index.xhtml";
      case STAFF -> "/staff/index.xhtml";
      case ADMIN -> "/admin/index.xhtml";
    };
  }

  private static Optional<Long> parse(String name) {
    try {
      return Optional.of(Long.parseLong(name));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
