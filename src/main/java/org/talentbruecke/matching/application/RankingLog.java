package org.talentbruecke.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.RankingDirection;
import org.talentbruecke.matching.domain.RankingLogEntry;
import org.talentbruecke.matching.domain.RankingLogRepository;

/**
 * The log of every ranking shown (EU AI Act: matching for employment is high-risk). {@link
 * MatchingService} writes each ranking as it answers: one insert in its own short transaction, so
 * the ranking itself stays fast and a ranking shown is never left out because an outer transaction
 * rolled back. Entries older than {@code talentbruecke.matching.log-retention-days} (default 183,
 * about six months) are deleted at every index rebuild.
 */
@ApplicationScoped
public class RankingLog {
  @Inject private RankingLogRepository entries;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "talentbruecke.matching.log-retention-days", defaultValue = "183")
  private int retentionDays;

  /** One page of the log, newest first. */
  public record Page(List<RankingLogEntry.Shown> entries, long total) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(RankingLogEntry.Shown shown) {
    entries.add(new RankingLogEntry(shown));
  }

  /**
   * Newest first; every opening's rankings (and every profile's) when {@code openingId} is null.
   */
  @Transactional
  public Page read(Long openingId, int limit, int offset) {
    return new Page(
        entries.find(openingId, limit, offset).stream().map(RankingLogEntry::shown).toList(),
        entries.count(openingId));
  }

  /** Deletes what is older than the retention period; answers how many entries went. */
  @Transactional
  public int purge() {
    return entries.deleteBefore(clock.instant().minus(Duration.ofDays(Math.max(1, retentionDays))));
  }

  /**
   * The compact text of what a page showed, best first: {@code HANDLE:score tier} for candidates
   * ({@code 7F3K-9QXZ:87.5F}, P appended for a staff pin), {@code openingId:score tier} for
   * openings, separated by {@code ;}. Cut at an entry boundary to fit the column, ending in {@code
   * …+n} for the n entries left out.
   */
  static String results(List<MatchCard> cards, RankingDirection direction, Set<String> pinned) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cards.size(); i++) {
      MatchCard c = cards.get(i);
      String who =
          direction == RankingDirection.CANDIDATES_FOR_OPENING
              ? c.candidateHandle()
              : c.openingId();
      String entry =
          who
              + ":"
              + c.scoreTenths() / 10
              + "."
              + c.scoreTenths() % 10
              + (c.isFullMatch() ? "F" : "C")
              + (pinned.contains(c.candidateHandle()) ? "P" : "");
      String separator = out.length() == 0 ? "" : ";";
      String rest = ";…+" + (cards.size() - i);
      if (out.length() + separator.length() + entry.length() + rest.length()
          > RankingLogEntry.MAX_RESULTS) {
        out.append(rest, out.length() == 0 ? 1 : 0, rest.length());
        break;
      }
      out.append(separator).append(entry);
    }
    return out.toString();
  }
}
