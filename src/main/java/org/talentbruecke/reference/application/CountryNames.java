package org.talentbruecke.reference.application;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * ISO 3166-1 alpha-2 country codes and their localised names, taken from the JDK so no country list
 * has to be kept.
 */
public final class CountryNames {

  /**
   * Kosovo's user-assigned code. It is not in ISO 3166-1, but the EU and German authorities use it,
   * and many job seekers in the region come from Kosovo, so the product must offer it.
   */
  public static final String KOSOVO = "XK";

  private static final Set<String> CODES = buildCodes();

  private CountryNames() {}

  private static Set<String> buildCodes() {
    TreeSet<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    codes.add(KOSOVO);
    return Collections.unmodifiableSet(codes);
  }

  /** All supported codes, alphabetically by code. */
  public static Set<String> codes() {
    return CODES;
  }

  /** True for a supported two-letter code (upper case). */
  public static boolean isKnown(String code) {
    return code != null && CODES.contains(code);
  }

  /** The country's name in the given UI locale, e.g. "Syrien" for SY in German. */
  public static String name(String code, Locale uiLocale) {
    if (!isKnown(code)) {
      throw new IllegalArgumentException("unknown country code: " + code);
    }
    return new Locale("", code).getDisplayCountry(uiLocale);
  }

  /** All codes sorted by their localised name with the locale's collation rules, for pick lists. */
  public static List<String> sortedByName(Locale uiLocale) {
    Collator collator = Collator.getInstance(uiLocale);
    return CODES.stream()
        .sorted(Comparator.comparing((String code) -> name(code, uiLocale), collator))
        .toList();
  }
}
