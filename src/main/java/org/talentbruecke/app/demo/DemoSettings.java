package org.talentbruecke.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo switches, read once from MicroProfile Config: whether this installation runs with demo
 * data (pages say so as {@code #{demoMode.active}}), and how much of it to generate from which
 * seed. The defaults are in META-INF/microprofile-config.properties and docs/operations.md.
 */
@Named("demoMode")
@ApplicationScoped
public class DemoSettings {
  @Inject
  @ConfigProperty(name = "talentbruecke.demo", defaultValue = "true")
  boolean active;

  @Inject
  @ConfigProperty(name = "talentbruecke.demo.employers", defaultValue = "27")
  int employers;

  @Inject
  @ConfigProperty(name = "talentbruecke.demo.openings", defaultValue = "" + DEFAULT_OPENINGS)
  int openings;

  @Inject
  @ConfigProperty(name = "talentbruecke.demo.seekers", defaultValue = "200")
  int seekers;

  @Inject
  @ConfigProperty(name = "talentbruecke.demo.seed", defaultValue = "2026")
  long seed;

  /**
   * What the 27 generated employers of seed 2026 publish between them, the number before it became
   * a setting.
   */
  static final int DEFAULT_OPENINGS = 51;

  /** For CDI. */
  protected DemoSettings() {}

  /** For tests without a container. */
  public DemoSettings(boolean active, int employers, int openings, int seekers, long seed) {
    this.active = active;
    this.employers = employers;
    this.openings = openings;
    this.seekers = seekers;
    this.seed = seed;
  }

  /** Demo accounts, demo data and the demo notice on the pages. */
  public boolean isActive() {
    return active;
  }

  /** How many regional employers to generate. */
  public int employers() {
    return employers;
  }

  /** How many openings the generated employers publish between them. */
  public int openings() {
    return openings;
  }

  /** How many fictitious job seekers to generate (0 = none). */
  public int seekers() {
    return seekers;
  }

  /** The seed of the generated employers and job seekers: the same seed, the same people. */
  public long seed() {
    return seed;
  }
}
