package org.talentbruecke.opening.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds openings. */
public interface OpeningRepository {
  Optional<Opening> find(long id);

  List<Opening> findByOrganisation(long organisationId);

  Opening store(Opening opening);
}
