package org.talentbruecke.matching.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/**
 * Issue 11, side by side on the same data in one JMH run: top 50 candidates with full match cards
 * for one opening among {@code candidates} synthetic job seekers (seed 2026, as {@link
 * MatchingBenchmark}), (a) with the matching index, (b) "the obvious way" ({@link JdbcRanking}:
 * read every candidate from embedded Derby, score each, sort) and (c) with Lucene 9.12 ({@link
 * LuceneRanking}: a term query, then the best {@code luceneDepth} hits scored exactly). Each
 * method's state is built only in its own fork. The set-up of (b) and (c) also builds the index and
 * prints whether their top 50 agree with it for the first 8 query openings ("agreement …"). Run
 * with {@code bin/benchmark-matching MatchingComparisonBenchmark}; never part of the tests.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 2, time = 5)
public class MatchingComparisonBenchmark {
  static final int QUERIES = 64;
  static final int AGREEMENT_CHECKS = 8;

  /** What all three share: the same generated people and query openings. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param("100000")
    public int candidates;

    @Param("500")
    public int luceneDepth;

    SyntheticMatchingData data;
    List<CandidateSnapshot> people;
    OpeningSnapshot[] queries;
    int next;

    @Setup(Level.Trial)
    public void generate() {
      data = new SyntheticMatchingData(2026);
      people = new ArrayList<>(candidates);
      for (int i = 0; i < candidates; i++) {
        people.add(data.candidate(i));
      }
      queries = new OpeningSnapshot[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        queries[i] = data.opening(1_000_000 + i);
      }
    }

    OpeningSnapshot nextQuery() {
      return queries[next++ & (QUERIES - 1)];
    }

    MatchingIndex index() {
      MatchingIndex index = new MatchingIndex(data.relations());
      people.forEach(index::addCandidate);
      return index;
    }
  }

  @State(Scope.Benchmark)
  public static class IndexState {
    MatchingIndex index;

    @Setup(Level.Trial)
    public void build(Data d) {
      index = d.index();
    }
  }

  @State(Scope.Benchmark)
  public static class JdbcState {
    JdbcRanking jdbc;

    @Setup(Level.Trial)
    public void build(Data d) throws Exception {
      long start = System.nanoTime();
      jdbc = new JdbcRanking("comparison", new MatchScorer(d.data.relations()));
      jdbc.insert(d.people);
      System.out.printf(
          "%nDerby filled with %d candidates in %.1f s%n",
          d.people.size(), (System.nanoTime() - start) / 1e9);
      MatchingIndex index = d.index();
      int same = 0;
      for (int i = 0; i < AGREEMENT_CHECKS; i++) {
        List<MatchCard> expected = index.topCandidates(d.queries[i], 50, 0).cards();
        same += jdbc.top(d.queries[i], 50).cards().equals(expected) ? 1 : 0;
      }
      System.out.printf(
          "agreement index vs JDBC: identical top 50 (cards, order) for %d of %d openings%n",
          same, AGREEMENT_CHECKS);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      jdbc.close();
    }
  }

  @State(Scope.Benchmark)
  public static class LuceneState {
    LuceneRanking lucene;

    @Setup(Level.Trial)
    public void build(Data d) throws Exception {
      long start = System.nanoTime();
      lucene = new LuceneRanking(d.data.relations(), new MatchScorer(d.data.relations()), d.people);
      System.out.printf(
          "%nLucene index of %d candidates built in %.1f s%n",
          d.people.size(), (System.nanoTime() - start) / 1e9);
      MatchingIndex index = d.index();
      int identical = 0;
      int overlap = 0;
      for (int i = 0; i < AGREEMENT_CHECKS; i++) {
        List<MatchCard> expected = index.topCandidates(d.queries[i], 50, 0).cards();
        List<MatchCard> actual = lucene.top(d.queries[i], 50, d.luceneDepth).cards();
        identical += actual.equals(expected) ? 1 : 0;
        overlap += overlap(expected, actual);
      }
      System.out.printf(
          "agreement index vs Lucene (depth %d): identical top 50 for %d of %d openings,"
              + " %d of %d handles in common%n",
          d.luceneDepth, identical, AGREEMENT_CHECKS, overlap, 50 * AGREEMENT_CHECKS);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      lucene.close();
    }
  }

  static int overlap(List<MatchCard> expected, List<MatchCard> actual) {
    Set<String> handles = new LinkedHashSet<>();
    expected.forEach(c -> handles.add(c.candidateHandle()));
    int common = 0;
    for (MatchCard c : actual) {
      common += handles.contains(c.candidateHandle()) ? 1 : 0;
    }
    return common;
  }

  @Benchmark
  public MatchRanking.Page a_index(Data d, IndexState s) {
    return s.index.topCandidates(d.nextQuery(), 50, 0);
  }

  @Benchmark
  public MatchRanking.Page b_jdbcScoreEveryone(Data d, JdbcState s) throws Exception {
    return s.jdbc.top(d.nextQuery(), 50);
  }

  @Benchmark
  public MatchRanking.Page c_luceneThenScore(Data d, LuceneState s) throws Exception {
    return s.lucene.top(d.nextQuery(), 50, d.luceneDepth);
  }
}
