package org.talentbruecke.reference.infrastructure.esco;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Rows to be written as one shipped ESCO file, with official column names and a note of where they
 * came from.
 *
 * @param fileName the shipped file name, e.g. skills_de.csv.gz
 * @param columns official ESCO column names, in the order written
 * @param rows values in column order
 * @param escoVersion the ESCO version(s) the rows come from, for VERSION.txt
 * @param provenance where the rows come from and what was changed, for VERSION.txt
 */
record OutputTable(
    String fileName,
    List<String> columns,
    List<String[]> rows,
    String escoVersion,
    String provenance) {

  /**
   * Copies the kept columns of a source table, leaving out those listed (which the product does not
   * use).
   */
  static List<String> keptColumns(SourceTable source, List<String> dropped) {
    List<String> kept = new ArrayList<>(source.columns());
    kept.removeAll(dropped);
    return kept;
  }

  static String[] project(SourceTable source, String[] row, List<String> columns) {
    String[] values = new String[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = source.get(row, columns.get(i));
    }
    return values;
  }

  /**
   * Builds a row from named values; columns without a value stay empty rather than being guessed.
   */
  static String[] row(List<String> columns, Map<String, String> values) {
    String[] row = new String[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = values.getOrDefault(columns.get(i), "");
    }
    return row;
  }

  /** Sorts rows by the given column so rebuilt files are byte-identical and diff well. */
  OutputTable sortedBy(String column) {
    int i = columns.indexOf(column);
    List<String[]> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(r -> r[i]));
    return new OutputTable(fileName, columns, sorted, escoVersion, provenance);
  }
}
