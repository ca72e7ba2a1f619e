package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Organisation;

/** The employer's start page: their organisation and whether it is verified yet. */
@Named
@RequestScoped
public class EmployerHomePage {
  @Inject private CurrentUser currentUser;
  @Inject private OrganisationService organisations;

  private Optional<Organisation> organisation;

  public Organisation getOrganisation() {
    if (organisation == null) {
      organisation =
          currentUser.account().map(Account::getOrganisationId).flatMap(organisations::find);
    }
    return organisation.orElse(null);
  }

  public boolean isVerified() {
    return getOrganisation() != null && getOrganisation().isVerified();
  }
}
