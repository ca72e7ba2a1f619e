package org.talentbruecke.opening.domain;

import java.util.List;

/** Stores the fair job-ad findings employers published anyway. */
public interface AcknowledgedFindingRepository {
  void store(AcknowledgedFinding finding);

  List<AcknowledgedFinding> findByOpening(long openingId);
}
