package org.talentbruecke.opening.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds openings. */
public interface OpeningRepository {
  Optional<Opening> find(long id);

  List<Opening> findByOrganisation(long organisationId);

  Opening store(Opening opening);

  /** Removes a draft with its skills and languages (the caller checked that it is a draft). */
  void delete(Opening opening);

  /** Published, unexpired openings matching the filter, newest first, at most {@code limit}. */
  /**
   * The ESCO occupations of published, unexpired openings, for the public list's occupation filter.
   */
  List<String> publishedOccupations(java.time.Instant now);

  List<Opening> findPublished(OpeningFilter filter, java.time.Instant now, int limit);

  /**
   * One slice of the published, unexpired openings matching the filter and the keyword (in title or
   * text, case-insensitive), in the given order ({@link OpeningSort#NEAREST} is not a database
   * order: it comes back newest first).
   */
  List<Opening> findPublished(
      OpeningFilter filter,
      String keyword,
      OpeningSort sort,
      java.time.Instant now,
      int offset,
      int limit);

  /** How many published, unexpired openings match the filter and the keyword. */
  long countPublished(OpeningFilter filter, String keyword, java.time.Instant now);

  /**
   * Per ESCO skill URI, how many published, unexpired openings ask for it (as a must-have or a
   * nice-to-have); skills no opening asks for are left out.
   */
  default java.util.Map<String, Long> countRequiredSkills(java.time.Instant now) {
    return java.util.Map.of();
  }
}
