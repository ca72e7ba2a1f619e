package org.talentbruecke.app.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.talentbruecke.reference.ShippedCatalogs;

/**
 * Measures generating and writing N demo job seekers (default 100,000) into a fresh embedded Derby
 * database — or into an empty database given by JDBC URL, user and password (e.g. PostgreSQL),
 * which is migrated first — outside the server: the same generator, writer and chunking the
 * application uses. Run with bin/measure-demo-seekers [N [JDBC-URL USER PASSWORD]].
 */
public final class DemoSeekerMeasurement {
  private DemoSeekerMeasurement() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String url;
    String user = null;
    String password = null;
    if (args.length > 3) {
      url = args[1];
      user = args[2];
      password = args[3];
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } else {
      url = DerbyForTests.create("measure");
    }
    List<DemoOccupation> pool = ShippedEsco.occupationPool();
    System.gc();
    long heapBefore = usedHeap();
    resetPeaks();
    DemoSeekerGenerator generator =
        new DemoSeekerGenerator(
            20261125,
            pool,
            DemoSeekers.municipalities(ShippedCatalogs.municipalities()),
            LocalDate.now());

    long generateOnly = System.nanoTime();
    for (int i = 0; i < size; i++) {
      generator.seeker(i);
    }
    generateOnly = System.nanoTime() - generateOnly;

    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      DemoSeekerWriter writer =
          new DemoSeekerWriter(c, "not-a-usable-hash", Timestamp.from(Instant.now()));
      DemoSeekers.writeAll(generator, writer, 0, size);
    }
    long total = System.nanoTime() - start;
    System.out.printf(
        "%d seekers from %d ESCO occupations: generate only %.1f s; generate + write (%s, chunks of %d) %.1f s"
            + " = %.0f seekers/s%n",
        size,
        pool.size(),
        generateOnly / 1e9,
        url.split(":")[1],
        DemoSeekers.CHUNK,
        total / 1e9,
        size / (total / 1e9));
    System.out.printf(
        "heap: %.0f MB in use before (ESCO data set and pool), peak of all heap pools during the run %.0f MB,"
            + " max %.0f MB%n",
        heapBefore / 1e6, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
