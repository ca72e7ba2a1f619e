package org.talentbruecke.reference.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.LocalizedText;

/** A UTF-8, RFC 4180 CSV file with a header row, read from the classpath under /reference/. */
final class CsvTable {

  static final String ROOT = "/reference/";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private final String resource;
  private final List<String> headers;
  private final List<CSVRecord> records;

  private CsvTable(String resource, List<String> headers, List<CSVRecord> records) {
    this.resource = resource;
    this.headers = headers;
    this.records = records;
  }

  /** Reads /reference/{fileName} completely; the files are small, so streaming buys nothing. */
  static CsvTable load(String fileName) {
    String resource = ROOT + fileName;
    InputStream in = CsvTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new ReferenceDataException("missing classpath resource " + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      List<CSVRecord> records = parser.getRecords();
      for (CSVRecord record : records) {
        if (!record.isConsistent()) {
          throw new ReferenceDataException(
              resource
                  + " line "
                  + line(record)
                  + ": expected "
                  + parser.getHeaderNames().size()
                  + " columns");
        }
      }
      return new CsvTable(resource, List.copyOf(parser.getHeaderNames()), List.copyOf(records));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ReferenceDataException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  List<CSVRecord> records() {
    return records;
  }

  /** A required, non-blank, trimmed value. */
  String text(CSVRecord record, String column) {
    return optionalText(record, column)
        .orElseThrow(() -> error(record, "column '" + column + "' must not be empty"));
  }

  /** A trimmed value, empty when the cell is blank. */
  Optional<String> optionalText(CSVRecord record, String column) {
    if (!record.isMapped(column)) {
      throw error(record, "unknown column '" + column + "'");
    }
    String value = record.get(column).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** A list cell split at the given separator regex; blank cells give an empty list. */
  List<String> list(CSVRecord record, String column, String separatorRegex) {
    return optionalText(record, column)
        .map(
            v ->
                Arrays.stream(v.split(separatorRegex))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList())
        .orElse(List.of());
  }

  /** True when the header row names this column. */
  boolean hasColumn(String column) {
    return headers.contains(column);
  }

  /**
   * A text from the columns {prefix}de and {prefix}en (both required) and, for every further
   * interface language whose column {prefix}ar, {prefix}uk, … the file has, that translation too. A
   * present column must be filled in every row, and each translation must use exactly the
   * placeholders of the German text, so that a template never loses or invents a value; files
   * without the further columns still load with German and English only.
   */
  LocalizedText localized(CSVRecord record, String prefix) {
    String de = text(record, prefix + "de");
    Set<String> expected = LocalizedText.placeholders(de);
    String en = text(record, prefix + "en");
    requireSamePlaceholders(record, prefix + "en", en, expected);
    Map<String, String> translations = new LinkedHashMap<>();
    for (String language : LocalizedText.FURTHER_LANGUAGES) {
      String column = prefix + language;
      if (hasColumn(column)) {
        String translation = text(record, column);
        requireSamePlaceholders(record, column, translation, expected);
        translations.put(language, translation);
      }
    }
    return new LocalizedText(de, en, translations);
  }

  private void requireSamePlaceholders(
      CSVRecord record, String column, String text, Set<String> expected) {
    Set<String> found = LocalizedText.placeholders(text);
    if (!found.equals(expected)) {
      throw error(
          record,
          "column '"
              + column
              + "' has placeholders "
              + found
              + " but the German text has "
              + expected);
    }
  }

  /** A required boolean written as "true" or "false". */
  boolean bool(CSVRecord record, String column) {
    String value = text(record, column);
    if (!value.equals("true") && !value.equals("false")) {
      throw error(record, "column '" + column + "' must be true or false: " + value);
    }
    return Boolean.parseBoolean(value);
  }

  /**
   * Wraps a parsing problem with the file name and line number, so data editors find it quickly.
   */
  ReferenceDataException error(CSVRecord record, String message) {
    return new ReferenceDataException(resource + " line " + line(record) + ": " + message);
  }

  private static long line(CSVRecord record) {
    // Record numbers start at 1 for the first data row; the header occupies line 1.
    return record.getRecordNumber() + 1;
  }
}
