package org.talentbruecke.opening.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds openings. */
public interface OpeningRepository {
  Optional<Opening> find(long id);

  List<Opening> findByOrganisation(long organisationId);

  Opening store(Opening opening);

  /** Published, unexpired openings matching the filter, newest first, at most {@code limit}. */
  /**
   * The ESCO occupations of published, unexpired openings, for the public list's occupation filter.
   */
  List<String> publishedOccupations(java.time.Instant now);

  List<Opening> findPublished(OpeningFilter filter, java.time.Instant now, int limit);
}
