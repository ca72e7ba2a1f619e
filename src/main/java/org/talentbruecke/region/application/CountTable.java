package org.talentbruecke.region.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts as the database grouped them: row key (a category, e.g. a language code) → municipality
 * (AGS; {@link #NO_MUNICIPALITY} for none) → count. Missing entries are zero.
 */
public final class CountTable {
  /** The column of people or openings without a municipality. */
  public static final String NO_MUNICIPALITY = "";

  private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

  /** Adds {@code count} to a row and municipality (adds up when called twice). */
  public CountTable add(String row, String municipality, long count) {
    counts
        .computeIfAbsent(row, r -> new LinkedHashMap<>())
        .merge(municipality == null ? NO_MUNICIPALITY : municipality, count, Long::sum);
    return this;
  }

  public Set<String> rows() {
    return counts.keySet();
  }

  public long get(String row, String municipality) {
    return counts.getOrDefault(row, Map.of()).getOrDefault(municipality, 0L);
  }

  /** The row over all municipalities. */
  public long sum(String row) {
    return counts.getOrDefault(row, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  /** The row in one municipality, or over all when {@code municipality} is null. */
  public long in(String row, String municipality) {
    return municipality == null ? sum(row) : get(row, municipality);
  }

  /** Every municipality key that occurs in any row. */
  public Set<String> municipalities() {
    Set<String> all = new java.util.TreeSet<>();
    counts.values().forEach(m -> all.addAll(m.keySet()));
    return all;
  }
}
