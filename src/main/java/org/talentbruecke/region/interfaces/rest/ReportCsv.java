package org.talentbruecke.region.interfaces.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.talentbruecke.region.application.ReportTable;

/** The dashboard's tables as one CSV file: a block per table, separated by an empty line. */
final class ReportCsv {
  private ReportCsv() {}

  static byte[] write(List<ReportTable> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
      writer.write('\ufeff');
      boolean first = true;
      for (ReportTable table : tables) {
        if (!first) {
          csv.println();
        }
        first = false;
        csv.printRecord(table.title());
        csv.printRecord(table.columns());
        for (List<String> row : table.rows()) {
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
