package org.talentbruecke.reference.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that decides in which order languages are tried when a concept has no label in the
 * reader's language. German comes before English because German is the language of the job market
 * the platform serves.
 */
public final class LabelLanguages {
  private LabelLanguages() {}

  /** The requested language, then German, then English ("en" gives English, then German). */
  public static List<String> forReader(String requested) {
    return order(requested, "de", "en");
  }

  /**
   * For a text that stands beside its German version (the CV's second column): German is already on
   * the page, so English is the more useful fallback for the reader.
   */
  public static List<String> besideGerman(String requested) {
    return order(requested, "en", "de");
  }

  /** The first label in {@code order}, with the language it is in. */
  public static Optional<LocalizedLabel> pick(Map<String, String> byLanguage, List<String> order) {
    for (String language : order) {
      String text = byLanguage.get(language);
      if (text != null && !text.isBlank()) {
        return Optional.of(new LocalizedLabel(text, language));
      }
    }
    return Optional.empty();
  }

  private static List<String> order(String requested, String first, String second) {
    List<String> order = new ArrayList<>(3);
    if (requested != null && !requested.isBlank()) {
      order.add(requested);
    }
    for (String fallback : List.of(first, second)) {
      if (!order.contains(fallback)) {
        order.add(fallback);
      }
    }
    return List.copyOf(order);
  }
}
