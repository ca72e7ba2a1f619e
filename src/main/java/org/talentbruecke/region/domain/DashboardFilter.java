package org.talentbruecke.region.domain;

import java.time.LocalDate;

/**
 * What the dashboard shows: openings open at some time between {@code from} and {@code to}
 * (inclusive), and optionally one municipality (its AGS) and one ISCO-08 major group (0..9). Job
 * seekers are counted as they are today (see docs/decisions/050-regional-dashboard.md).
 */
public record DashboardFilter(
    LocalDate from, LocalDate to, String municipality, Integer iscoMajor) {
  public DashboardFilter {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from after to");
    }
    if (iscoMajor != null && (iscoMajor < 0 || iscoMajor > 9)) {
      throw new IllegalArgumentException("ISCO major groups are 0..9");
    }
  }

  /** The same period and ISCO group for the whole region. */
  public DashboardFilter wholeRegion() {
    return new DashboardFilter(from, to, null, iscoMajor);
  }
}
