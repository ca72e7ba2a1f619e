package org.talentbruecke.app.demo;

import java.nio.file.Path;
import java.util.List;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.infrastructure.esco.EscoDistributionReader;

/** The ESCO data the application ships, read once per test run (a few seconds). */
public final class ShippedEsco {
  private static EscoDataSet data;
  private static List<DemoOccupation> pool;

  private ShippedEsco() {}

  public static synchronized EscoDataSet data() {
    if (data == null) {
      try {
        data = new EscoDistributionReader().read(Path.of("src/main/resources/reference/esco"));
      } catch (Exception e) {
        throw new IllegalStateException("Cannot read the shipped ESCO data", e);
      }
    }
    return data;
  }

  public static synchronized List<DemoOccupation> occupationPool() {
    if (pool == null) {
      pool = DemoOccupationPool.fromDataSet(data());
    }
    return pool;
  }
}
