package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentbruecke.reference.application.LanguageCatalog;

/** The languages an opening may ask for besides German (which has its own per-skill levels). */
@ApplicationScoped
public class OtherLanguages {
  @Inject private LanguageCatalog catalog;

  public List<Map.Entry<String, String>> sortedNames(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return catalog.all().stream()
        .filter(l -> !"de".equals(l.code()))
        .map(l -> Map.entry(l.code(), catalog.displayName(l, locale)))
        .sorted(Comparator.comparing(Map.Entry::getValue, collator))
        .toList();
  }

  public String name(String code, Locale locale) {
    return catalog.displayName(code, locale);
  }
}
