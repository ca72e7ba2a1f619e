package org.talentbruecke.opening.domain.adcheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * Reads the three rule data files (rules, patterns, macros) into {@link AdRule}s.
 *
 * <p>Reasons and suggestions follow decision 030 like the other help texts: {@code reason_de},
 * {@code reason_en} (and the same for {@code suggestion_}) are required; a column for a further
 * interface language ({@code reason_ar}, {@code suggestion_uk}, …) is optional per file, but when
 * present it must be filled in every row, or loading stops naming the file, line and column.
 */
final class RuleSetLoader {

  static final int REGEX_FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private static final Pattern MACRO_REF = Pattern.compile("\\{\\{([A-Z][A-Z0-9_]*)}}");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  private RuleSetLoader() {}

  /** Name of the rules file in error messages. */
  static final String RULES_FILE = "rules.csv";

  static List<AdRule> load(Reader rules, Reader patterns, Reader macros) {
    Map<String, String> macroTable = readMacros(macros);
    Map<String, List<RulePattern>> patternsByRule = readPatterns(patterns, macroTable);
    List<AdRule> result = new ArrayList<>();
    for (Map.Entry<CSVRecord, Long> entry : recordsWithLines(rules).entrySet()) {
      CSVRecord row = entry.getKey();
      long line = entry.getValue();
      String id = row.get("id");
      List<RulePattern> own = patternsByRule.remove(id);
      result.add(
          new AdRule(
              id,
              FindingCategory.valueOf(row.get("category")),
              Severity.valueOf(row.get("severity")),
              RuleScope.valueOf(row.get("scope")),
              RuleCondition.valueOf(row.get("condition")),
              Integer.parseInt(row.get("window")),
              localized(row, "reason_", line),
              localized(row, "suggestion_", line),
              own == null ? List.of() : own));
    }
    if (!patternsByRule.isEmpty()) {
      throw new IllegalArgumentException("patterns for unknown rules: " + patternsByRule.keySet());
    }
    if (result.stream().map(AdRule::id).distinct().count() != result.size()) {
      throw new IllegalArgumentException("rule ids must be unique");
    }
    return List.copyOf(result);
  }

  /**
   * The text of columns {@code prefix}de, {@code prefix}en and every further interface language
   * whose column the file has.
   */
  private static LocalizedText localized(CSVRecord row, String prefix, long line) {
    String de = required(row, prefix + "de", line);
    String en = required(row, prefix + "en", line);
    Map<String, String> translations = new LinkedHashMap<>();
    for (String language : LocalizedText.FURTHER_LANGUAGES) {
      String column = prefix + language;
      if (row.isMapped(column)) {
        translations.put(language, required(row, column, line));
      }
    }
    return new LocalizedText(de, en, translations);
  }

  private static String required(CSVRecord row, String column, long line) {
    String value = row.isSet(column) ? row.get(column).strip() : "";
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          RULES_FILE + " line " + line + ": column '" + column + "' must not be empty");
    }
    return value;
  }

  /** The rows with the line each ends on, counting comment and blank lines as the file does. */
  private static Map<CSVRecord, Long> recordsWithLines(Reader reader) {
    Map<CSVRecord, Long> rows = new LinkedHashMap<>();
    try (CSVParser parser = FORMAT.parse(reader)) {
      for (CSVRecord row : parser) {
        rows.put(row, parser.getCurrentLineNumber());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ad-check rule data", e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw new IllegalArgumentException("malformed ad-check rule data: " + e.getMessage(), e);
    }
    return rows;
  }

  private static Map<String, String> readMacros(Reader macros) {
    Map<String, String> table = new LinkedHashMap<>();
    for (CSVRecord row : records(macros)) {
      // Macros may use macros defined above them, never below, so expansion always ends.
      table.put(row.get("name"), expand(row.get("pattern"), table, row));
    }
    return table;
  }

  private static Map<String, List<RulePattern>> readPatterns(
      Reader patterns, Map<String, String> macros) {
    Map<String, List<RulePattern>> byRule = new LinkedHashMap<>();
    for (CSVRecord row : records(patterns)) {
      String regex = expand(row.get("pattern"), macros, row);
      PatternSafety.requireBounded(regex);
      Pattern compiled;
      try {
        compiled = Pattern.compile(regex, REGEX_FLAGS);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "bad regex for rule "
                + row.get("rule")
                + " on line "
                + row.getRecordNumber()
                + ": "
                + e.getMessage(),
            e);
      }
      byRule
          .computeIfAbsent(row.get("rule"), k -> new ArrayList<>())
          .add(new RulePattern(languages(row.get("lang")), compiled));
    }
    return byRule;
  }

  private static Set<Language> languages(String column) {
    if ("any".equalsIgnoreCase(column)) {
      return EnumSet.allOf(Language.class);
    }
    return EnumSet.of(
        Language.fromTag(column)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "pattern language must be de, en or any: " + column)));
  }

  private static String expand(String regex, Map<String, String> macros, CSVRecord row) {
    Matcher m = MACRO_REF.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException(
            "unknown macro " + m.group() + " on line " + row.getRecordNumber());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(body));
    }
    return m.appendTail(out).toString();
  }

  private static List<CSVRecord> records(Reader reader) {
    try {
      return FORMAT.parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ad-check rule data", e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("malformed ad-check rule data: " + e.getMessage(), e);
    }
  }
}
