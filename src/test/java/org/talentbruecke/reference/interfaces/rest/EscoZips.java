package org.talentbruecke.reference.interfaces.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.talentbruecke.reference.infrastructure.esco.EscoFixture;

/** Zips of the real-row ESCO fixture for upload tests, whole or with one line broken. */
final class EscoZips {
  private EscoZips() {}

  /** The fixture as gzip-compressed CSV files in a zip, as the ESCO portal's exports come. */
  static Path fixture(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path zip = dir.resolve("esco-fixture-v1.2.0.zip");
    Files.deleteIfExists(zip);
    return EscoFixture.zipOfGzippedFiles(zip);
  }

  /** The fixture with {@code from} replaced by {@code to} on one line of one file. */
  static Path fixtureWithBrokenLine(Path dir, String file, int line, String from, String to)
      throws IOException {
    Path files = dir.resolve("broken");
    Files.createDirectories(files);
    try (Stream<Path> old = Files.list(files)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    EscoFixture.copyTo(files);
    Path target = files.resolve(file);
    List<String> lines =
        List.of(Files.readString(target, StandardCharsets.UTF_8).split("\r\n", -1));
    String broken = lines.get(line - 1).replace(from, to);
    if (broken.equals(lines.get(line - 1))) {
      throw new IllegalArgumentException("'" + from + "' is not on line " + line + " of " + file);
    }
    String[] changed = lines.toArray(new String[0]);
    changed[line - 1] = broken;
    Files.writeString(target, String.join("\r\n", changed), StandardCharsets.UTF_8);
    Path zip = dir.resolve("esco-broken.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> csv = Files.list(files)) {
      for (Path p : csv.sorted().toList()) {
        out.putNextEntry(new ZipEntry(p.getFileName().toString()));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
      }
    }
    return zip;
  }
}
