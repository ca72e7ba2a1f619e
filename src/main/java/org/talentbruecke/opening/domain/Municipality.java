package org.talentbruecke.opening.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 21 municipalities of Region Hannover by their official municipality key (AGS). A stand-in
 * until the regional catalogue of the reference-data branch is merged; the keys are the same.
 */
public final class Municipality {
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    String[] names = {
      "Hannover",
      "Barsinghausen",
      "Burgdorf",
      "Burgwedel",
      "Garbsen",
      "Gehrden",
      "Hemmingen",
      "Isernhagen",
      "Laatzen",
      "Langenhagen",
      "Lehrte",
      "Neustadt am Rübenberge",
      "Pattensen",
      "Ronnenberg",
      "Seelze",
      "Sehnde",
      "Springe",
      "Uetze",
      "Wedemark",
      "Wennigsen (Deister)",
      "Wunstorf"
    };
    // Region Hannover is district 03241; its municipalities are numbered 001 to 021.
    for (int i = 0; i < names.length; i++) {
      NAMES.put(String.format("03241%03d", i + 1), names[i]);
    }
  }

  private Municipality() {}

  public static boolean isKnown(String code) {
    return code != null && NAMES.containsKey(code);
  }

  public static Optional<String> name(String code) {
    return Optional.ofNullable(code).map(NAMES::get);
  }

  /** Code to name, in official order (Hannover first). */
  public static Map<String, String> all() {
    return java.util.Collections.unmodifiableMap(NAMES);
  }
}
