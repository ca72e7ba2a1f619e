package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes VERSION.txt: the ESCO version, source, size and checksum of each shipped file, and the
 * attribution.
 */
final class VersionManifest {

  static final String FILE_NAME = "VERSION.txt";

  private VersionManifest() {}

  static void write(Path directory, List<DistributionWriter.WrittenFile> files) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("Talentbrücke ESCO reference data\n")
        .append("================================\n\n")
        .append("Contains ESCO data: \"ESCO, European Commission\" - https://esco.ec.europa.eu\n")
        .append(
            "Reuse authorised under Commission Decision 2011/833/EU; ESCO content is licensed CC BY 4.0.\n")
        .append(
            "Changes made here: columns not used by Talentbrücke left out, languages taken from different\n")
        .append(
            "ESCO versions (one version per row, see below), relations to occupations that no longer exist\n")
        .append(
            "in ESCO 1.2 left out, German skill rows for skills without an official 1.2.x German export\n")
        .append("taken from a third-party re-publication of the official 1.2.0 German labels.\n")
        .append(
            "Nothing was translated or invented: a concept without a label in a language has no row in\n")
        .append("that language's file.\n")
        .append(
            "The Arabic and Ukrainian files (ESCO 1.2.1) hold labels and descriptions only; the other\n")
        .append("values of their concepts come from the German and English files.\n\n")
        .append(
            "Format: the ESCO CSV export format (RFC 4180, UTF-8, CRLF between records, line breaks\n")
        .append(
            "between labels inside quoted fields), gzip-compressed, one file per concept type and language.\n")
        .append(
            "Built by org.talentbruecke.reference.infrastructure.esco.EscoDistributionBuilder.\n\n");
    for (DistributionWriter.WrittenFile file : files) {
      OutputTable table = file.table();
      text.append("file:        ")
          .append(table.fileName())
          .append('\n')
          .append("esco:        ")
          .append(table.escoVersion())
          .append('\n')
          .append("rows:        ")
          .append(table.rows().size())
          .append('\n')
          .append("bytes:       ")
          .append(file.bytes())
          .append('\n')
          .append("sha256:      ")
          .append(file.sha256())
          .append('\n')
          .append("columns:     ")
          .append(String.join(",", table.columns()))
          .append('\n')
          .append("source:      ")
          .append(table.provenance())
          .append("\n\n");
    }
    Files.writeString(directory.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
  }
}
