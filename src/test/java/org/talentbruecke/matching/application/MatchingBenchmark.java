package org.talentbruecke.matching.application;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
import org.openjdk.jmh.annotations.Warmup;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.InMemorySkillRelations;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/**
 * The matching index on seeded synthetic data (issue 11): top 50 candidates with full match cards
 * for one opening among {@code candidates} job seekers, and top 50 openings for one job seeker
 * among {@code openings}. Sample mode for percentiles. The heap per candidate is measured once in
 * the set-up (used heap after full GCs, before and after filling the index) and printed as "heap
 * bytes per candidate". Run with {@code bin/benchmark-matching}; never part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MatchingBenchmark {
  @Param("100000")
  public int candidates;

  @Param("20000")
  public int openings;

  private MatchingIndex index;
  private OpeningSnapshot[] queryOpenings;
  private CandidateSnapshot[] queryCandidates;
  private int next;

  @Setup(Level.Trial)
  public void build() {
    SyntheticMatchingData data = new SyntheticMatchingData(2026);
    InMemorySkillRelations relations = data.relations();
    index = new MatchingIndex(relations);
    // Warm the vocabularies first so that the measured heap is what candidates add.
    index.addOpening(data.opening(0));
    index.addCandidate(data.candidate(0));
    long before = usedHeapAfterGc();
    for (int i = 1; i <= candidates; i++) {
      index.addCandidate(data.candidate(i));
    }
    long after = usedHeapAfterGc();
    System.out.printf(
        "%nheap bytes per candidate: %d (%d candidates, %.1f MB)%n",
        (after - before) / candidates, candidates, (after - before) / 1e6);
    for (int i = 1; i < openings; i++) {
      index.addOpening(data.opening(i));
    }
    queryOpenings = new OpeningSnapshot[64];
    queryCandidates = new CandidateSnapshot[64];
    for (int i = 0; i < 64; i++) {
      queryOpenings[i] = data.opening(1_000_000 + i);
      queryCandidates[i] = data.candidate(5_000_000 + i);
    }
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Benchmark
  public MatchRanking.Page top50CandidatesForOneOpening() {
    return index.topCandidates(queryOpenings[next++ & 63], 50, 0);
  }

  @Benchmark
  public MatchRanking.Page top50OpeningsForOneCandidate() {
    return index.topOpenings(queryCandidates[next++ & 63], 50, 0);
  }
}
