package org.talentbruecke.opening.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds organisations. */
public interface OrganisationRepository {
  Optional<Organisation> find(long id);

  List<Organisation> findByVerification(Verification verification);

  /** Organisations in any of these states, oldest registration first. */
  List<Organisation> findByVerification(java.util.Collection<Verification> verifications);

  Organisation store(Organisation organisation);

  boolean existsNamed(String name);
}
