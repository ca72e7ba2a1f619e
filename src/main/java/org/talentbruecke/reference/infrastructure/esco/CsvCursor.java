package org.talentbruecke.reference.infrastructure.esco;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Walks the records of one RFC 4180 CSV file with a header line, knowing the physical line each
 * record starts on (records may span lines because ESCO puts one alternative label per line inside
 * a quoted field).
 */
final class CsvCursor implements Closeable {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private CSVRecord current;
  private long currentLine;

  private CsvCursor(CSVParser parser) throws CsvFileException {
    this.parser = parser;
    this.records = parser.iterator();
    CSVRecord header = advance();
    if (header == null) {
      throw new CsvFileException(
          1, "the file is empty; a header line with column names is required", null);
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      names.putIfAbsent(header.get(i).trim(), i);
    }
    this.columns = Collections.unmodifiableMap(names);
  }

  /** Opens the stream as strict UTF-8 and reads the header line. */
  static CsvCursor open(InputStream in) throws CsvFileException, IOException {
    CSVParser parser =
        CSVParser.builder().setReader(new StrictUtf8Reader(in)).setFormat(FORMAT).get();
    try {
      return new CsvCursor(parser);
    } catch (CsvFileException e) {
      parser.close();
      throw e;
    }
  }

  List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  boolean hasColumn(String name) {
    return columns.containsKey(name);
  }

  /** Moves to the next non-blank record; false at the end of the file. */
  boolean next() throws CsvFileException {
    do {
      current = advance();
    } while (current != null && current.size() == 1 && current.get(0).isEmpty());
    return current != null;
  }

  /** The 1-based physical line on which the current record starts. */
  long line() {
    return currentLine;
  }

  int fieldCount() {
    return current.size();
  }

  int columnCount() {
    return columns.size();
  }

  /** The value of a column in the current record, or "" if the file has no such column. */
  String get(String column) {
    Integer index = columns.get(column);
    if (index == null || index >= current.size()) {
      return "";
    }
    return current.get(index);
  }

  private CSVRecord advance() throws CsvFileException {
    // the parser has consumed the previous record's line break, so the next record starts one line
    // further
    currentLine = parser.getCurrentLineNumber() + 1;
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      throw translate(e.getCause());
    } catch (IllegalStateException e) {
      throw translate(
          e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e));
    }
  }

  private CsvFileException translate(IOException cause) {
    if (cause instanceof InvalidUtf8Exception) {
      InvalidUtf8Exception encoding = (InvalidUtf8Exception) cause;
      return new CsvFileException(encoding.line(), encoding.getMessage(), cause);
    }
    if (!(cause instanceof CSVException)) {
      return new CsvFileException(currentLine, "cannot read the file: " + cause, cause);
    }
    return new CsvFileException(
        currentLine,
        "broken CSV quoting in the record starting here ("
            + cause.getMessage()
            + "); every field that contains a comma, quote or line break must be enclosed"
            + " in double quotes, and quotes inside it doubled",
        cause);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
