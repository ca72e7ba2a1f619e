package org.talentbruecke.reference.infrastructure.esco;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.domain.search.LabelSearchIndex;

/**
 * Prints how long reading the shipped distribution and building the search index take, and how much
 * heap each keeps. Usage: DistributionMeasurement [distribution directory]; run with
 * bin/measure-esco.
 */
public final class DistributionMeasurement {

  private static final int RUNS = 5;

  private DistributionMeasurement() {}

  public static void main(String[] args) throws Exception {
    Path distribution = Path.of(args.length > 0 ? args[0] : "src/main/resources/reference/esco");
    EscoDistributionReader reader = new EscoDistributionReader();
    long baseline = usedHeap();
    EscoDataSet data = null;
    for (int run = 1; run <= RUNS; run++) {
      long start = System.nanoTime();
      data = reader.read(distribution);
      System.out.printf("read run %d: %d ms%n", run, (System.nanoTime() - start) / 1_000_000);
    }
    long withData = usedHeap();
    System.out.printf("counts: %s%n", data.counts());
    System.out.printf(
        "heap held by the data set (all concepts, descriptions, relations): %.1f MB%n",
        (withData - baseline) / 1e6);
    LabelSearchIndex index = null;
    for (int run = 1; run <= RUNS; run++) {
      long start = System.nanoTime();
      index = LabelSearchIndex.build(data.concepts());
      System.out.printf(
          "index build run %d: %d ms%n", run, (System.nanoTime() - start) / 1_000_000);
    }
    data = null;
    long withIndexOnly = usedHeap();
    System.out.printf(
        "index: %d concepts, %d labels, %d distinct words; heap held by the index alone: %.1f MB"
            + " (own estimate %.1f MB)%n",
        index.conceptCount(),
        index.labelCount(),
        index.wordCount(),
        (withIndexOnly - baseline) / 1e6,
        index.estimatedBytes() / 1e6);
  }

  private static long usedHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
