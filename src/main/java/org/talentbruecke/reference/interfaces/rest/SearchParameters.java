package org.talentbruecke.reference.interfaces.rest;

import java.util.regex.Pattern;
import org.talentbruecke.shared.application.FieldChecks;

/** The rules for the search parameters shared by the skill and occupation searches. */
final class SearchParameters {
  static final int MIN_QUERY_LENGTH = 2;
  static final int MAX_QUERY_LENGTH = 200;
  static final int MAX_LIMIT = 50;
  static final int DEFAULT_LIMIT = 10;
  static final String DEFAULT_LANGUAGE = "de";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private SearchParameters() {}

  /** Throws one validation failure naming every broken parameter. */
  static void check(String q, String lang, int limit) {
    FieldChecks checks = new FieldChecks();
    String trimmed = q == null ? "" : q.strip();
    if (trimmed.length() < MIN_QUERY_LENGTH) {
      checks.add("q", "reference.search.queryTooShort", MIN_QUERY_LENGTH);
    } else if (trimmed.length() > MAX_QUERY_LENGTH) {
      checks.add("q", "validation.tooLong", MAX_QUERY_LENGTH);
    }
    checkLanguage(checks, lang);
    if (limit < 1 || limit > MAX_LIMIT) {
      checks.add("limit", "reference.search.limit", 1, MAX_LIMIT);
    }
    checks.throwIfAny();
  }

  static void checkLanguage(FieldChecks checks, String lang) {
    if (lang == null || !LANGUAGE.matcher(lang).matches()) {
      checks.add("lang", "reference.search.language");
    }
  }
}
