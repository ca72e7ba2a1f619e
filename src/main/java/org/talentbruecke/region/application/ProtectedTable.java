package org.talentbruecke.region.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talentbruecke.region.domain.Figure;
import org.talentbruecke.region.domain.SmallGroups;
import org.talentbruecke.region.domain.SuppressionGrid;

/**
 * A {@link CountTable} of people turned into a {@link SuppressionGrid} over every municipality, so
 * that each view (one municipality or the whole region) shows the same protected figures.
 *
 * <p>With an ISCO filter, {@code withoutIsco} holds the same counts without it: a cell whose
 * difference to the unfiltered cell is 1 to 4 people is hidden as well, because the two views side
 * by side would reveal that small group ("in this municipality, the speakers of a language outside
 * this occupation group").
 */
final class ProtectedTable {
  private final List<String> rows;
  private final Map<String, Integer> rowIndex;
  private final Map<String, Integer> columnIndex;
  private final SuppressionGrid grid;

  private ProtectedTable(
      List<String> rows,
      List<String> columns,
      Function<SuppressionGrid.Builder, ?> setUp,
      CountTable a,
      CountTable withoutIsco) {
    this.rows = rows;
    this.rowIndex = index(rows);
    this.columnIndex = index(columns);
    long[][] counts = new long[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        counts[r][c] = a.get(rows.get(r), columns.get(c));
      }
    }
    SuppressionGrid.Builder builder = SuppressionGrid.of(counts);
    if (withoutIsco != null) {
      for (int r = 0; r < rows.size(); r++) {
        String row = rows.get(r);
        for (int c = 0; c < columns.size(); c++) {
          if (SmallGroups.tooSmall(withoutIsco.get(row, columns.get(c)) - counts[r][c])) {
            builder.hide(r, c);
          }
        }
        if (SmallGroups.tooSmall(withoutIsco.sum(row) - a.sum(row))) {
          builder.hideRowTotal(r);
        }
      }
    }
    setUp.apply(builder);
    this.grid = builder.protect();
  }

  /** A table whose rows may overlap (a person in several rows). */
  static ProtectedTable overlapping(
      CountTable a, CountTable withoutIsco, Set<String> extraRows, List<String> columns) {
    return new ProtectedTable(rowsOf(a, withoutIsco, extraRows), columns, b -> b, a, withoutIsco);
  }

  /** A table whose rows divide the people (each person in exactly one row). */
  static ProtectedTable dividing(
      CountTable a,
      CountTable withoutIsco,
      List<String> rows,
      List<String> columns,
      ProtectedTable headCount) {
    return new ProtectedTable(
        rows,
        columns,
        b -> {
          b.rowsDivideThePeople();
          if (headCount != null) {
            boolean[] hidden = new boolean[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
              hidden[c] = headCount.grid.cell(0, c).suppressed();
            }
            b.totalsShownElsewhere(hidden, headCount.grid.rowTotal(0).suppressed());
          }
          return b;
        },
        a,
        withoutIsco);
  }

  /** The rows: those of the counts (with and without ISCO filter) and any extra ones, in order. */
  List<String> rows() {
    return rows;
  }

  /** The figure of a row in one municipality, or for the whole region when it is null. */
  Figure figure(String row, String municipality) {
    Integer r = rowIndex.get(row);
    if (r == null) {
      return Figure.of(0);
    }
    return municipality == null ? grid.rowTotal(r) : grid.cell(r, columnIndex.get(municipality));
  }

  /** For dividing tables: everyone in one municipality, or in the region when it is null. */
  Figure total(String municipality) {
    return municipality == null
        ? grid.grandTotal()
        : grid.columnTotal(columnIndex.get(municipality));
  }

  private static List<String> rowsOf(CountTable a, CountTable b, Set<String> extra) {
    Set<String> rows = new LinkedHashSet<>(a.rows());
    if (b != null) {
      rows.addAll(b.rows());
    }
    rows.addAll(extra);
    return new ArrayList<>(rows);
  }

  private static Map<String, Integer> index(List<String> keys) {
    return java.util.stream.IntStream.range(0, keys.size())
        .boxed()
        .collect(Collectors.toMap(keys::get, i -> i, (x, y) -> x));
  }
}
