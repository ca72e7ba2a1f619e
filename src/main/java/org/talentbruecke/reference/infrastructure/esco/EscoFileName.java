package org.talentbruecke.reference.infrastructure.esco;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file name says about an ESCO file: its kind, its language and whether it is
 * gzip-compressed.
 *
 * @param path the name as found in the directory or zip, used in messages
 * @param kind the ESCO file kind
 * @param language lower-case language code from the {@code _xx} suffix, empty if there is none
 * @param gzip whether the name ends in {@code .gz}
 */
public record EscoFileName(String path, EscoFileKind kind, String language, boolean gzip) {

  // ESCO names files like skills_de.csv; relation files in 1.1 have no suffix; some languages carry
  // a region
  private static final Pattern NAME =
      Pattern.compile(
          "([A-Za-z]+)(?:_([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?))?\\.csv(\\.gz)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * Recognises a file by its base name; empty for files the reader does not use (collections,
   * dictionaries, ...).
   */
  public static Optional<EscoFileName> parse(String path) {
    String baseName = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    Matcher matcher = NAME.matcher(baseName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String language = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
    return EscoFileKind.fromStem(matcher.group(1))
        .map(kind -> new EscoFileName(path, kind, language, matcher.group(3) != null));
  }

  /**
   * Identifies files that would carry the same data, to catch e.g. skills_de.csv next to
   * skills_de.csv.gz.
   */
  public String slot() {
    return kind.stem() + "_" + language;
  }
}
