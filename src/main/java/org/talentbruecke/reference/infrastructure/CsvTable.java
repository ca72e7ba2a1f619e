package org.talentbruecke.reference.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8, RFC 4180 CSV file with a header row, read from the classpath under /reference/.
 */
final class CsvTable {

    static final String ROOT = "/reference/";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final String resource;
    private final List<CSVRecord> records;

    private CsvTable(String resource, List<CSVRecord> records) {
        this.resource = resource;
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
                    throw new ReferenceDataException(resource + " line " + line(record)
                            + ": expected " + parser.getHeaderNames().size() + " columns");
                }
            }
            return new CsvTable(resource, List.copyOf(records));
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
                .map(v -> Arrays.stream(v.split(separatorRegex)).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** A required boolean written as "true" or "false". */
    boolean bool(CSVRecord record, String column) {
        String value = text(record, column);
        if (!value.equals("true") && !value.equals("false")) {
            throw error(record, "column '" + column + "' must be true or false: " + value);
        }
        return Boolean.parseBoolean(value);
    }

    /** Wraps a parsing problem with the file name and line number, so data editors find it quickly. */
    ReferenceDataException error(CSVRecord record, String message) {
        return new ReferenceDataException(resource + " line " + line(record) + ": " + message);
    }

    private static long line(CSVRecord record) {
        // Record numbers start at 1 for the first data row; the header occupies line 1.
        return record.getRecordNumber() + 1;
    }
}
