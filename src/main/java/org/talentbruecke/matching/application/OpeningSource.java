package org.talentbruecke.matching.application;

import java.util.List;
import java.util.Optional;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/** Where matching reads openings from (the opening context, through its application layer). */
public interface OpeningSource {

  /** Every published, unexpired opening that has what matching needs. */
  List<OpeningSnapshot> published();

  /** One opening whatever its state; empty when there is none. */
  Optional<OpeningFacts> find(long openingId);

  /**
   * @param status DRAFT, PUBLISHED or CLOSED
   * @param published published and not expired
   * @param snapshot null when the opening lacks what matching needs (occupation, place, hours)
   */
  record OpeningFacts(
      long organisationId, String status, boolean published, OpeningSnapshot snapshot) {}
}
