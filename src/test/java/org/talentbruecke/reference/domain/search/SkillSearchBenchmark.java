package org.talentbruecke.reference.domain.search;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.talentbruecke.reference.infrastructure.esco.EscoDistributionReader;

/**
 * Search latency over the full shipped distribution (all skills and occupations, German and English
 * labels). Run with bin/measure-esco; the distribution is taken from system property
 * esco.distribution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class SkillSearchBenchmark {

  // typical type-ahead input, a typo, umlaut spellings, and the worst case of a single letter
  @Param({
    "a",
    "kr",
    "pfleg",
    "altenpflege",
    "Krankenpfleger",
    "Krankenpflger",
    "baecker",
    "Bäckerin",
    "software entw",
    "nurse responsible",
    "elektrker"
  })
  public String query;

  private LabelSearchIndex index;

  @Setup
  public void buildIndex() throws Exception {
    Path distribution =
        Path.of(System.getProperty("esco.distribution", "src/main/resources/reference/esco"));
    index = LabelSearchIndex.build(new EscoDistributionReader().read(distribution).concepts());
  }

  @Benchmark
  public List<SearchHit> searchTop10() {
    return index.search(query, "de", 10);
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(
            new OptionsBuilder()
                .include(SkillSearchBenchmark.class.getSimpleName())
                .jvmArgsAppend(
                    "-Desco.distribution="
                        + System.getProperty(
                            "esco.distribution", "src/main/resources/reference/esco"))
                .build())
        .run();
  }
}
