package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/**
 * The three ways of {@link MatchingComparisonBenchmark} on a small population: the index and the
 * obvious way over Derby must give the same top 50 card for card; Lucene's retrieval is
 * approximate, so only its overlap is checked against a floor of 90 % (and printed).
 */
class MatchingComparisonTest {
  private final SyntheticMatchingData data = new SyntheticMatchingData(11);
  private final MatchScorer scorer = new MatchScorer(data.relations());

  @Test
  void indexJdbcAndLuceneAgreeOnTheTop50() throws Exception {
    List<CandidateSnapshot> people = new ArrayList<>();
    MatchingIndex index = new MatchingIndex(data.relations());
    for (int i = 0; i < 4000; i++) {
      people.add(data.candidate(i));
      index.addCandidate(people.get(i));
    }
    try (JdbcRanking jdbc = new JdbcRanking("comparison-test", scorer);
        LuceneRanking lucene = new LuceneRanking(data.relations(), scorer, people)) {
      jdbc.insert(people);
      assertThat(jdbc.loadAll()).isEqualTo(people);
      int overlap = 0;
      int checks = 10;
      for (int o = 0; o < checks; o++) {
        OpeningSnapshot opening = data.opening(500 + o);
        List<MatchCard> expected = index.topCandidates(opening, 50, 0).cards();
        assertThat(jdbc.top(opening, 50).cards()).as(opening.id()).isEqualTo(expected);
        overlap +=
            MatchingComparisonBenchmark.overlap(expected, lucene.top(opening, 50, 500).cards());
      }
      System.out.printf(
          "Lucene (depth 500) shares %d of %d top-50 handles with the index%n",
          overlap, 50 * checks);
      assertThat(overlap).isGreaterThanOrEqualTo(50 * checks * 9 / 10);
    }
  }
}
