package org.talentbruecke.matching.domain;

import java.time.Instant;
import java.util.List;

/** The log of rankings shown; entries are only added, read and deleted after retention. */
public interface RankingLogRepository {
  void add(RankingLogEntry entry);

  /** Newest first; all openings when {@code openingId} is null. */
  List<RankingLogEntry> find(Long openingId, int limit, int offset);

  long count(Long openingId);

  /** Deletes entries shown before the instant; answers how many. */
  int deleteBefore(Instant instant);
}
