package org.talentbruecke.opening.domain;

import java.util.List;

/** Stores and finds the earlier versions of published openings. */
public interface OpeningVersionRepository {
  void store(OpeningVersion version);

  /** The opening's earlier versions, newest first. */
  List<OpeningVersion> findByOpening(long openingId);
}
