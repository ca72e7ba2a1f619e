package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.EmployerAccounts;

/** The organisation of the employer signed in to the pages, looked up once per request. */
@RequestScoped
public class CurrentOrganisation {
  @Inject private CurrentUser currentUser;
  @Inject private EmployerAccounts accounts;

  private Optional<Long> id;

  /** Empty when nobody is signed in or the person is not an employer of an organisation. */
  public Optional<Long> id() {
    if (id == null) {
      id = currentUser.accountId().flatMap(accounts::organisationOf);
    }
    return id;
  }
}
