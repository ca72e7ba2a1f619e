package org.talentbruecke.opening.interfaces.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentbruecke.reference.infrastructure.LanguageCatalog;

/** The languages an opening may ask for besides German (which has its own per-skill levels). */
final class OtherLanguages {
  private static final LanguageCatalog CATALOG = LanguageCatalog.load();

  private OtherLanguages() {}

  static List<Map.Entry<String, String>> sortedNames(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return CATALOG.all().stream()
        .filter(l -> !"de".equals(l.code()))
        .map(l -> Map.entry(l.code(), CATALOG.displayName(l, locale)))
        .sorted(Comparator.comparing(Map.Entry::getValue, collator))
        .toList();
  }

  static String name(String code, Locale locale) {
    return CATALOG.displayName(code, locale);
  }
}
