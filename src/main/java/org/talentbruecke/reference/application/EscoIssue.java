package org.talentbruecke.reference.application;

import java.util.Objects;

/**
 * A problem found while reading ESCO files, located by file and CSV line so an administrator can
 * fix the file.
 *
 * @param file the file name as found in the directory or zip (e.g. {@code skills_de.csv.gz})
 * @param line the 1-based physical line on which the offending CSV record starts; 0 when the whole
 *     file is concerned
 * @param message what is wrong, in plain words
 */
public record EscoIssue(String file, long line, String message) {

  public EscoIssue {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
  }
}
