package org.talentbruecke.matching.application;

import java.util.List;
import java.util.Optional;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.OrganisationMarkets;

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
   * @param markets the organisation's customer languages and trade countries (added value only)
   */
  record OpeningFacts(
      long organisationId,
      String status,
      boolean published,
      OpeningSnapshot snapshot,
      OrganisationMarkets markets) {

    public OpeningFacts {
      markets = markets == null ? OrganisationMarkets.NONE : markets;
    }

    /** Facts of an organisation that named no markets. */
    public OpeningFacts(
        long organisationId, String status, boolean published, OpeningSnapshot snapshot) {
      this(organisationId, status, published, snapshot, OrganisationMarkets.NONE);
    }
  }
}
