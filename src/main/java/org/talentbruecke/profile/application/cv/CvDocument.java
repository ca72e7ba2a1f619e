package org.talentbruecke.profile.application.cv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CV in one language, already worded: what the PDF shows, without any layout. Two documents of
 * the same profile have the same sections in the same order, so they can be set side by side.
 *
 * @param languageName the language's own name, shown above its column (e.g. "Українська")
 */
public record CvDocument(
    Locale locale,
    boolean rightToLeft,
    String languageName,
    String title,
    List<Section> sections,
    String footer) {

  public CvDocument {
    sections = List.copyOf(sections);
  }

  /** A part of the CV (occupations, skills, …) with its heading. */
  public record Section(String key, String heading, List<Entry> entries) {
    public Section {
      entries = List.copyOf(entries);
    }
  }

  /** One item: a bold first line and plain lines under it. */
  public record Entry(String title, List<String> details) {
    public Entry {
      details = details.stream().filter(d -> d != null && !d.isBlank()).toList();
    }

    public static Entry of(String title, String... details) {
      return new Entry(title, Arrays.stream(details).filter(d -> d != null).toList());
    }
  }
}
