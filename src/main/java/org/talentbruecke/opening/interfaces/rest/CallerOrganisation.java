package org.talentbruecke.opening.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import org.talentbruecke.opening.application.EmployerAccounts;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/** The organisation of the employer calling the API. */
@RequestScoped
public class CallerOrganisation {
  @Inject private EmployerAccounts accounts;

  public long id(SecurityContext security) {
    return accounts
        .organisationOf(accountId(security))
        .orElseThrow(
            () ->
                new ProblemException(ProblemType.FORBIDDEN, "Not an employer of an organisation."));
  }

  /** The calling account's id; the principal's name is the account id. */
  public long accountId(SecurityContext security) {
    return Long.parseLong(security.getUserPrincipal().getName());
  }
}
