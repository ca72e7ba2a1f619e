package org.talentbruecke.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.audit.application.OrganisationNames;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Organisation;

/** Organisation names from the opening context, which owns organisations. */
@ApplicationScoped
public class OpeningOrganisationNames implements OrganisationNames {
  @Inject private OrganisationService organisations;

  @Override
  public Optional<String> nameOf(long organisationId) {
    return organisations.find(organisationId).map(Organisation::getName);
  }
}
