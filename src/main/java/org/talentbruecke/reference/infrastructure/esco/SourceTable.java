package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A whole CSV source file held in memory, for the data build (which needs several files side by
 * side).
 */
final class SourceTable {

  private final String name;
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String[]> rows;

  private SourceTable(String name, List<String> columns, List<String[]> rows) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.rows = rows;
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
    }
  }

  /** Reads a (possibly gzip-compressed) CSV file; any malformed byte or record aborts the build. */
  static SourceTable read(String name, InputStream raw) throws IOException {
    InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    try (CsvCursor cursor = CsvCursor.open(in)) {
      List<String> columns = cursor.columnNames();
      List<String[]> rows = new ArrayList<>();
      while (cursor.next()) {
        if (cursor.fieldCount() != columns.size()) {
          throw new IOException(
              name + " line " + cursor.line() + ": field count differs from header");
        }
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = cursor.get(columns.get(i));
        }
        rows.add(values);
      }
      return new SourceTable(name, columns, rows);
    } catch (CsvFileException e) {
      throw new IOException(name + " line " + e.line() + ": " + e.getMessage(), e);
    }
  }

  String name() {
    return name;
  }

  List<String> columns() {
    return columns;
  }

  List<String[]> rows() {
    return rows;
  }

  /** The value of a column in a row of this table; fails loudly if the source lacks the column. */
  String get(String[] row, String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException(name + " has no column " + column);
    }
    return row[i];
  }

  boolean hasColumn(String column) {
    return index.containsKey(column);
  }
}
