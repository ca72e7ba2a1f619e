package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Locates and reads the development copies of ESCO kept in {@code shared/data/esco}: the v1.1.1
 * English zips, the v1.2.0 English and v1.2.1 German, Arabic and Ukrainian CSV files, and the
 * v1.2.0 German skill labels.
 */
final class EscoSourceData {

  static final String SKILL_COLLECTION_GLOB = "*SkillsCollection_*.csv.gz";

  private final Path root;

  EscoSourceData(Path root) {
    this.root = root;
  }

  SourceTable v111Classification(String entryName) throws IOException {
    return fromZip(single("v1.1.1-en", "*classification*en*csv.zip"), entryName);
  }

  SourceTable v111Relations(String entryName) throws IOException {
    return fromZip(single("v1.1.1-en", "*relations*.zip"), entryName);
  }

  SourceTable v120English(String fileName) throws IOException {
    return gz(root.resolve("v1.2.0-en").resolve(fileName));
  }

  SourceTable v121German(String fileName) throws IOException {
    return gz(root.resolve("v1.2.1-de").resolve(fileName));
  }

  /** An official v1.2.1 Arabic or Ukrainian file, e.g. occupations_ar.csv.gz. */
  SourceTable v121ArabicUkrainian(String fileName) throws IOException {
    return gz(root.resolve("v1.2.1-ar-uk").resolve(fileName));
  }

  SourceTable v120GermanSkillLabels() throws IOException {
    return gz(single("v1.2.0-de-skill-labels", "*.csv.gz"));
  }

  /**
   * The skill collections (digital, green, language, ...) of one folder; they carry full rows for
   * their skills.
   */
  List<SourceTable> skillCollections(String folder) throws IOException {
    return collectionsMatching(folder, SKILL_COLLECTION_GLOB);
  }

  /** The skill collections of one language in a folder that holds several languages. */
  List<SourceTable> skillCollections(String folder, String language) throws IOException {
    return collectionsMatching(folder, "*SkillsCollection_" + language + ".csv.gz");
  }

  private List<SourceTable> collectionsMatching(String folder, String glob) throws IOException {
    List<SourceTable> tables = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve(folder), glob)) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path file : sorted) {
        tables.add(gz(file));
      }
    }
    return tables;
  }

  private Path single(String folder, String glob) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve(folder), glob)) {
      files.forEach(found::add);
    }
    if (found.size() != 1) {
      throw new IOException(
          "expected exactly one " + glob + " in " + root.resolve(folder) + ", found " + found);
    }
    return found.get(0);
  }

  private static SourceTable gz(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return SourceTable.read(file.getFileName().toString(), in);
    }
  }

  private static SourceTable fromZip(Path zipPath, String entryName) throws IOException {
    try (ZipFile zip = new ZipFile(zipPath.toFile())) {
      ZipEntry entry = zip.getEntry(entryName);
      if (entry == null) {
        throw new IOException(zipPath + " has no entry " + entryName);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return SourceTable.read(entryName, in);
      }
    }
  }
}
