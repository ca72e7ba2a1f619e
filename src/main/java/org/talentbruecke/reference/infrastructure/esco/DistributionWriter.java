package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes shipped ESCO files as gzip-compressed RFC 4180 CSV, laid out like ESCO's own export (CRLF,
 * minimal quoting).
 */
final class DistributionWriter {

  // ESCO's export ends records with CRLF and keeps bare LF between labels inside quoted fields
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

  private final Path directory;

  DistributionWriter(Path directory) throws IOException {
    this.directory = Files.createDirectories(directory);
  }

  /** Writes one table and returns its size and checksum for VERSION.txt. */
  WrittenFile write(OutputTable table) throws IOException {
    Path target = directory.resolve(table.fileName());
    MessageDigest sha256 = sha256();
    try (OutputStream file = new DigestOutputStream(Files.newOutputStream(target), sha256);
        OutputStream gzip = new MaxCompressionGzip(file);
        Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      printer.printRecord(table.columns());
      for (String[] row : table.rows()) {
        printer.printRecord((Object[]) row);
      }
    }
    return new WrittenFile(table, Files.size(target), HexFormat.of().formatHex(sha256.digest()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * A written file.
   *
   * @param table what was written
   * @param bytes compressed size
   * @param sha256 checksum of the compressed file
   */
  record WrittenFile(OutputTable table, long bytes, String sha256) {}

  /**
   * Gzip at the best compression level; the JDK's gzip header has no timestamp, so rebuilds are
   * byte-identical.
   */
  private static final class MaxCompressionGzip extends GZIPOutputStream {
    MaxCompressionGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
