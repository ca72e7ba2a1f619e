package org.talentbruecke.reference.infrastructure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.glossary.Glossary;
import org.talentbruecke.reference.domain.glossary.GlossaryTerm;

/**
 * Reads glossary.csv: per concept the term in each interface language and the patterns that show
 * whether a text uses it. German patterns are case-sensitive (the noun "Lesen" is not the verb
 * "lesen"); the others ignore case, because a term may open a sentence or sit inside one.
 */
public final class GlossaryCatalog {

  static final String FILE = "glossary.csv";

  private GlossaryCatalog() {}

  public static Glossary load() {
    CsvTable table = CsvTable.load(FILE);
    List<GlossaryTerm> terms = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CSVRecord record : table.records()) {
      String id = table.text(record, "id");
      if (!ids.add(id)) {
        throw table.error(record, "duplicate id " + id);
      }
      GlossaryTerm.Kind kind;
      try {
        kind = GlossaryTerm.Kind.valueOf(table.text(record, "kind"));
      } catch (IllegalArgumentException e) {
        throw table.error(record, "unknown kind " + table.text(record, "kind"));
      }
      Map<String, String> texts = new LinkedHashMap<>();
      Map<String, Pattern> matchers = new LinkedHashMap<>();
      for (String language : Glossary.LANGUAGES) {
        texts.put(language, table.text(record, language));
        matchers.put(language, compile(table, record, "match_" + language, !language.equals("de")));
      }
      Optional<Pattern> avoid =
          table.optionalText(record, "avoid").map(v -> compile(table, record, "avoid", true));
      String note = table.optionalText(record, "note").orElse("");
      terms.add(new GlossaryTerm(id, kind, texts, matchers, avoid, note));
    }
    return new Glossary(terms);
  }

  private static Pattern compile(
      CsvTable table, CSVRecord record, String column, boolean ignoreCase) {
    String regex = GlossaryTerm.normalize(table.text(record, column));
    int flags = Pattern.UNICODE_CHARACTER_CLASS;
    if (ignoreCase) {
      flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    }
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw table.error(
          record, "column '" + column + "' is not a valid pattern: " + e.getMessage());
    }
  }
}
