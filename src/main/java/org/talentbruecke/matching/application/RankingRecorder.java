package org.talentbruecke.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.RankingDirection;
import org.talentbruecke.matching.domain.RankingLogEntry;
import org.talentbruecke.matching.domain.ScoreRules;

/**
 * Writes every ranking shown to the {@link RankingLog}, with who asked (from {@link Viewers}), and
 * deletes old entries after an index rebuild. A failed write or purge is logged, never shown: the
 * ranking is answered anyway.
 */
@ApplicationScoped
public class RankingRecorder {
  private static final Logger LOG = Logger.getLogger(RankingRecorder.class.getName());

  @Inject private RankingLog rankingLog;
  @Inject private Viewers viewers;
  @Inject private ProfileViewAudit profileViews;

  /** What a ranking request asked for, besides its results. */
  record Request(
      RankingDirection direction,
      Long openingId,
      String profileHandle,
      Set<String> pinned,
      String sort,
      String filters,
      int offset) {}

  /**
   * Writes what was shown: one insert in its own short transaction (about a millisecond). Not on a
   * background thread: Payara's managed executor carries the request's invocation over to the task,
   * and the task's end then closes the request's non-transactional EntityManager (the next query of
   * the request failed).
   */
  void shown(Request request, MatchingService.Result result) {
    Viewer viewer = viewers.current();
    List<MatchCard> cards = result.cards();
    if (request.direction() == RankingDirection.CANDIDATES_FOR_OPENING) {
      profileViews.shown(viewer, request.openingId(), cards);
    }
    RankingLogEntry.Shown shown =
        new RankingLogEntry.Shown(
            Instant.now(),
            viewer.accountId(),
            viewer.role(),
            request.direction(),
            request.openingId(),
            request.profileHandle(),
            RankingLog.results(cards, request.direction(), request.pinned()),
            cards.size(),
            result.total(),
            cards.isEmpty() ? ScoreRules.ALGORITHM_VERSION : cards.get(0).algorithmVersion(),
            request.sort(),
            request.filters(),
            request.offset());
    try {
      rankingLog.write(shown);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not write the ranking log", e);
    }
  }

  /** Deletes the entries past their retention (after each index rebuild). */
  void purge() {
    try {
      int gone = rankingLog.purge();
      if (gone > 0) {
        LOG.info(() -> "Ranking log: " + gone + " entries past their retention deleted");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete old ranking log entries", e);
    }
  }
}
