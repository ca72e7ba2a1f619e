package org.talentbruecke.region.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts of people in a table of categories (rows) by municipality (columns), with their sums,
 * protected against small groups: every count of 1 to 4 people is hidden (primary suppression), and
 * where a hidden count could be worked out by subtracting the shown parts of a sum from its shown
 * total, further counts are hidden (secondary suppression).
 *
 * <p>The sums protected are: each row over all municipalities (the figure shown without a
 * municipality filter); and, when the rows divide the people (each person in exactly one row, e.g.
 * by German level), each column over all rows and the row sums over the grand total. Because the
 * decision is taken over every municipality at once, the view of one municipality and the view of
 * the whole region never disagree, and adding up the municipalities never reveals a hidden one.
 *
 * <p>A sum is safe when none of its parts is hidden, or when at least two non-empty parts are
 * hidden and together hold at least {@link SmallGroups#HIDDEN_SUM_AT_LEAST} people; otherwise the
 * smallest shown non-empty part is hidden too, until the sum is safe. If no part is left to hide,
 * the total itself is hidden (unless it is fixed because it is shown elsewhere). A hidden total
 * whose non-empty parts are all shown would be their sum, so one part is hidden with it. The rounds
 * repeat until nothing changes, since hiding a cell for one sum can make another unsafe.
 */
public final class SuppressionGrid {
  private final int rows;
  private final int columns;
  private final Cell[][] cells;
  private final Cell[] rowTotals;
  private final Cell[] columnTotals;
  private final Cell grandTotal;
  private final boolean rowsDivideThePeople;

  private SuppressionGrid(Builder b) {
    rows = b.counts.length;
    columns = b.columns;
    rowsDivideThePeople = b.rowsDivideThePeople;
    cells = new Cell[rows][columns];
    rowTotals = new Cell[rows];
    columnTotals = new Cell[columns];
    long grand = 0;
    long[] columnSums = new long[columns];
    for (int r = 0; r < rows; r++) {
      long sum = 0;
      for (int c = 0; c < columns; c++) {
        long v = b.counts[r][c];
        cells[r][c] = new Cell(v, b.alsoHidden[r][c], false);
        sum += v;
        columnSums[c] += v;
      }
      rowTotals[r] = new Cell(sum, b.rowTotalAlsoHidden[r], false);
      grand += sum;
    }
    for (int c = 0; c < columns; c++) {
      boolean fixed = b.columnTotalsHidden != null;
      columnTotals[c] = new Cell(columnSums[c], fixed && b.columnTotalsHidden[c], fixed);
    }
    grandTotal = new Cell(grand, b.grandHidden != null && b.grandHidden, b.grandHidden != null);
    protect();
  }

  /** Starts a grid of {@code counts[row][column]}; every row has the same number of columns. */
  public static Builder of(long[][] counts) {
    return new Builder(counts);
  }

  private void protect() {
    List<Group> groups = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      groups.add(new Group(List.of(cells[r]), rowTotals[r]));
    }
    if (rowsDivideThePeople) {
      for (int c = 0; c < columns; c++) {
        List<Cell> column = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
          column.add(cells[r][c]);
        }
        groups.add(new Group(column, columnTotals[c]));
      }
      groups.add(new Group(List.of(rowTotals), grandTotal));
      groups.add(new Group(List.of(columnTotals), grandTotal));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Group g : groups) {
        changed |= g.protect();
      }
    }
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  public Figure cell(int row, int column) {
    return cells[row][column].figure();
  }

  /** The row's sum over all municipalities: the figure shown for the whole region. */
  public Figure rowTotal(int row) {
    return rowTotals[row].figure();
  }

  /** Only meaningful when the rows divide the people. */
  public Figure columnTotal(int column) {
    return columnTotals[column].figure();
  }

  /** Only meaningful when the rows divide the people. */
  public Figure grandTotal() {
    return grandTotal.figure();
  }

  /** Sets up a grid: which rows divide the people, extra hidden cells, totals fixed elsewhere. */
  public static final class Builder {
    private final long[][] counts;
    private final int columns;
    private final boolean[][] alsoHidden;
    private final boolean[] rowTotalAlsoHidden;
    private boolean rowsDivideThePeople;
    private boolean[] columnTotalsHidden;
    private Boolean grandHidden;

    private Builder(long[][] counts) {
      this.counts = counts;
      this.columns = counts.length == 0 ? 0 : counts[0].length;
      for (long[] row : counts) {
        if (row.length != columns) {
          throw new IllegalArgumentException("every row needs " + columns + " columns");
        }
        for (long v : row) {
          if (v < 0) {
            throw new IllegalArgumentException("a count of people is never negative");
          }
        }
      }
      alsoHidden = new boolean[counts.length][columns];
      rowTotalAlsoHidden = new boolean[counts.length];
    }

    /**
     * Each person is in exactly one row, so each column adds up to the people of that municipality
     * and all rows to everyone: these sums are protected too.
     */
    public Builder rowsDivideThePeople() {
      rowsDivideThePeople = true;
      return this;
    }

    /**
     * The column totals and the grand total are shown elsewhere (e.g. the head count) with these
     * hidden flags; this grid keeps them as they are and hides parts instead.
     */
    public Builder totalsShownElsewhere(boolean[] columnTotalsHidden, boolean grandHidden) {
      if (columnTotalsHidden.length != columns) {
        throw new IllegalArgumentException("one flag per column");
      }
      this.columnTotalsHidden = columnTotalsHidden.clone();
      this.grandHidden = grandHidden;
      return this;
    }

    /** Hides a cell whatever its count, e.g. because its difference to another view is small. */
    public Builder hide(int row, int column) {
      alsoHidden[row][column] = true;
      return this;
    }

    /** Hides a row's total over all municipalities whatever its count. */
    public Builder hideRowTotal(int row) {
      rowTotalAlsoHidden[row] = true;
      return this;
    }

    public SuppressionGrid protect() {
      return new SuppressionGrid(this);
    }
  }

  private static final class Cell {
    final long value;
    final boolean fixed;
    boolean hidden;

    Cell(long value, boolean alsoHidden, boolean fixed) {
      this.value = value;
      this.fixed = fixed;
      this.hidden = fixed ? alsoHidden : alsoHidden || SmallGroups.tooSmall(value);
    }

    Figure figure() {
      return hidden ? Figure.suppressedFigure() : Figure.of(value);
    }
  }

  private record Group(List<Cell> parts, Cell total) {
    /** Hides more until this sum is safe; true when something changed. */
    boolean protect() {
      if (total.hidden) {
        // A hidden total whose parts are all shown is their sum: hide one part as well.
        if (total.value == 0 || parts.stream().anyMatch(p -> p.hidden && p.value > 0)) {
          return false;
        }
        Cell next = smallestShownPart();
        if (next == null) {
          return false;
        }
        next.hidden = true;
        return true;
      }
      boolean changed = false;
      while (!safe()) {
        Cell next = smallestShownPart();
        if (next == null) {
          if (!total.fixed) {
            total.hidden = true;
            return true;
          }
          return changed;
        }
        next.hidden = true;
        changed = true;
      }
      return changed;
    }

    private Cell smallestShownPart() {
      return parts.stream()
          .filter(p -> !p.hidden && !p.fixed && p.value > 0)
          .min(Comparator.comparingLong(p -> p.value))
          .orElse(null);
    }

    private boolean safe() {
      int hiddenParts = 0;
      long hiddenPeople = 0;
      for (Cell p : parts) {
        if (p.hidden && p.value > 0) {
          hiddenParts++;
          hiddenPeople += p.value;
        }
      }
      return hiddenParts == 0
          || (hiddenParts >= 2 && hiddenPeople >= SmallGroups.HIDDEN_SUM_AT_LEAST);
    }
  }
}
