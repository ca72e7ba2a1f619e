package org.talentbruecke.matching.domain;

import java.util.List;
import java.util.Optional;

/** Stores staff decisions; they are never deleted. */
public interface StaffDecisionRepository {
  /** Every decision for the opening, active or withdrawn, oldest first. */
  List<StaffDecision> findByOpening(long openingId);

  /** The decisions for the opening that are not withdrawn, oldest first. */
  List<StaffDecision> findActiveByOpening(long openingId);

  Optional<StaffDecision> find(long decisionId);

  StaffDecision store(StaffDecision decision);
}
