package org.talentbruecke.matching.application;

import java.time.Duration;
import java.util.Optional;

/**
 * The side a ranking request asks about, read once and kept until it changes (at most {@link
 * #MAX_AGE}): reading and assembling a whole profile or opening took more of a request's time than
 * ranking (docs/PERFORMANCE.md, decision 023).
 */
final class AskedFor {
  /** How long an entry is kept at most; events about a change drop it at once. */
  static final Duration MAX_AGE = Duration.ofMinutes(1);

  /** The job seeker's own profile, by account. */
  final RecentReads<Long, CandidateSource.OwnProfile> ownProfiles = reads();

  /** The opening's facts, by id. */
  final RecentReads<Long, Optional<OpeningSource.OpeningFacts>> openings = reads();

  /**
   * Who a handle stands for (staff lists show it on every card: one account read per card
   * otherwise). A changed display name shows within {@link #MAX_AGE}.
   */
  final RecentReads<String, Optional<CandidateSource.Person>> persons = reads();

  private static <K, V> RecentReads<K, V> reads() {
    return new RecentReads<>(MAX_AGE.toNanos(), 20_000, System::nanoTime);
  }

  /** A job seeker was erased: nothing about them may outlive it. */
  void erased() {
    ownProfiles.clear();
    persons.clear();
  }
}
