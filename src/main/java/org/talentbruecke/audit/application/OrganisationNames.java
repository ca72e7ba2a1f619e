package org.talentbruecke.audit.application;

import java.util.Optional;

/** The name of an organisation, for showing who viewed a profile (the opening context knows it). */
public interface OrganisationNames {
  Optional<String> nameOf(long organisationId);
}
