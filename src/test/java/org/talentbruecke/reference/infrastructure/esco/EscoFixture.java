package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The real-row ESCO fixture in src/test/resources/esco/fixture, copied to a folder a test may
 * change.
 */
public final class EscoFixture {

  public static final String BAKER =
      "http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419";
  public static final String NURSE =
      "http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7";
  public static final String SPECIALIST_NURSE =
      "http://data.europa.eu/esco/occupation/18e14e61-495b-44cc-a7c6-df4c625934ba";
  public static final String KINDERGARTEN_HELPER =
      "http://data.europa.eu/esco/occupation/4d27152a-a8ee-4f5a-9f93-a2fb4fb2b2e3";
  public static final String PREPARE_BAKERY_PRODUCTS =
      "http://data.europa.eu/esco/skill/50db2b5e-edda-496d-8a6e-aff91dc243d9";
  public static final String RESIDENTIAL_CARE_SKILL =
      "http://data.europa.eu/esco/skill/385191f3-436b-4b6e-a2d5-30072aedb690";
  public static final String SUPPORT_NURSES =
      "http://data.europa.eu/esco/skill/62268d9a-42f9-4c65-9ed3-d7ba69249896";
  public static final String SHOW_INITIATIVE =
      "http://data.europa.eu/esco/skill/001115fb-569f-4ee6-8381-c6807ef2527f";

  private EscoFixture() {}

  public static Path original() {
    try {
      return Path.of(EscoFixture.class.getResource("/esco/fixture").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The Arabic and Ukrainian rows for the fixture's concepts in
   * src/test/resources/esco/fixture-ar-uk.
   */
  public static Path arabicAndUkrainian() {
    try {
      return Path.of(EscoFixture.class.getResource("/esco/fixture-ar-uk").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the CSV files of the fixture and of its Arabic and Ukrainian rows into the target. */
  public static Path copyWithArabicAndUkrainianTo(Path target) throws IOException {
    copyTo(target);
    for (Path file : csvFiles(arabicAndUkrainian())) {
      Files.copy(file, target.resolve(file.getFileName().toString()));
    }
    return target;
  }

  /** Copies the CSV files of the fixture into the target folder. */
  public static Path copyTo(Path target) throws IOException {
    for (Path file : csvFiles(original())) {
      Files.copy(file, target.resolve(file.getFileName().toString()));
    }
    return target;
  }

  public static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  public static void write(Path file, String text, Charset charset) throws IOException {
    Files.write(file, text.getBytes(charset));
  }

  /** Packs the fixture's CSV files, gzip-compressed, into a zip, as a region might upload them. */
  public static Path zipOfGzippedFiles(Path zip) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path file : csvFiles(original())) {
        out.putNextEntry(new ZipEntry("esco-export/" + file.getFileName() + ".gz"));
        GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(out));
        gzip.write(Files.readAllBytes(file));
        gzip.finish();
        out.closeEntry();
      }
    }
    return zip;
  }

  private static List<Path> csvFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().collect(Collectors.toList());
    }
  }

  /** Keeps the gzip stream from closing the zip stream it writes into. */
  private static final class NonClosing extends OutputStream {
    private final OutputStream out;

    NonClosing(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      try {
        out.write(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }
  }
}
