package org.talentbruecke.region.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.region.application.RegionDashboardService;

/**
 * Measures the whole regional dashboard (every SQL aggregate plus the suppression) on 100,000
 * profiles and 20,000 openings (or the sizes given) in an embedded Derby database on disk under
 * target/derby-tests with all migrations, outside the server. Run with bin/measure-region [people
 * [openings [rounds [path of a database filled before]]]]. Prints the time per filter, with and
 * without the job seekers' cache: median and maximum of the measured rounds.
 */
public final class RegionDashboardMeasurement {
  private RegionDashboardMeasurement() {}

  public static void main(String[] args) throws Exception {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int openings = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path dir = Files.createDirectories(Path.of("target", "derby-tests"));
    EmbeddedDataSource db = new EmbeddedDataSource();
    if (args.length > 3) {
      // A database filled by an earlier run (its path), to measure again without filling.
      db.setDatabaseName(args[3]);
      measure(db, rounds);
      return;
    }
    db.setDatabaseName(dir.resolve("region-" + System.nanoTime()).toAbsolutePath().toString());
    db.setCreateDatabase("create");
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

    long fill = System.nanoTime();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      RegionData data = new RegionData(c, 2026);
      data.vocabulary();
      data.organisations();
      data.people(1, people);
      data.openings(1, openings, people);
    }
    System.out.printf(
        "filled %,d profiles and %,d openings in %.1f s%n",
        people, openings, (System.nanoTime() - fill) / 1e9);
    measure(db, rounds);
  }

  private static void measure(EmbeddedDataSource db, int rounds) {

    JdbcRegionCounts counts = new JdbcRegionCounts(db);
    RegionDashboardService service =
        new RegionDashboardService(counts, ShippedCatalogs.municipalities(), Clock.systemUTC());
    String[][] filters = {
      {null, null, null, null, "today, whole region"},
      {null, null, "03241001", null, "today, Hannover"},
      {null, null, null, "2", "today, ISCO major group 2"},
      {null, null, "03241001", "2", "today, Hannover and ISCO 2"},
      {java.time.LocalDate.now().minusDays(90).toString(), null, null, null, "last 90 days"},
    };
    for (String[] f : filters) {
      // Uncached: every query runs, as after a profile change. Cached: the answer comes from the
      // cache and only the suppression is computed (the usual case between changes).
      for (boolean cached : new boolean[] {false, true}) {
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < rounds + 1; round++) {
          if (!cached) {
            counts.forgetPeople();
            counts.forgetOpenings();
          }
          long start = System.nanoTime();
          service.dashboard(service.filter(f[0], f[1], f[2], f[3]));
          double elapsed = (System.nanoTime() - start) / 1e6;
          if (round >= 1) {
            ms.add(elapsed);
          }
        }
        Collections.sort(ms);
        System.out.printf(
            "%-30s %-8s median %6.0f ms, max %6.0f ms (%d rounds after 1 warm-up)%n",
            f[4],
            cached ? "cached" : "uncached",
            ms.get(ms.size() / 2),
            ms.get(ms.size() - 1),
            rounds);
      }
    }
  }
}
