package org.talentbruecke.profile.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.shared.application.FieldChecks;

/**
 * Reads text values of {@link ProfileData} into typed values and records a field error for each one
 * that does not fit, so that one request reports every problem at once.
 */
final class Fields {
  /** More entries than this in one list are not a profile but an attack on the database. */
  static final int MAX_ENTRIES = 100;

  final FieldChecks checks = new FieldChecks();
  private final Vocabulary concepts;

  Fields(Vocabulary concepts) {
    this.concepts = concepts;
  }

  <T> List<T> list(String field, List<T> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_ENTRIES) {
      checks.add(field, "profile.validation.tooMany", MAX_ENTRIES);
      return List.of();
    }
    return values;
  }

  <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
    if (blank(value)) {
      if (required) {
        checks.add(field, "validation.required");
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      checks.add(field, "profile.validation.choice");
      return null;
    }
  }

  String text(String field, String value, int maxLength, boolean required) {
    if (blank(value)) {
      if (required) {
        checks.add(field, "validation.required");
      }
      return null;
    }
    checks.text(field, value, maxLength);
    return value.strip();
  }

  /**
   * Long free texts (tasks, about): angle brackets are harmless there because pages escape them.
   */
  String longText(String field, String value, int maxLength) {
    if (blank(value)) {
      return null;
    }
    if (value.length() > maxLength) {
      checks.add(field, "validation.tooLong", maxLength);
      return null;
    }
    return value.strip();
  }

  YearMonth month(String field, String value, boolean required) {
    if (blank(value)) {
      if (required) {
        checks.add(field, "validation.required");
      }
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      checks.add(field, "profile.validation.month");
      return null;
    }
  }

  LocalDate date(String field, String value, boolean required) {
    if (blank(value)) {
      if (required) {
        checks.add(field, "validation.required");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      checks.add(field, "profile.validation.date");
      return null;
    }
  }

  String country(String field, String value) {
    if (blank(value)) {
      checks.add(field, "validation.required");
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!CountryNames.isKnown(code)) {
      checks.add(field, "profile.validation.country");
      return null;
    }
    return code;
  }

  /** An ESCO URI that must name an existing concept of the expected type. */
  String concept(String field, String uri, ConceptType type, boolean required) {
    if (blank(uri)) {
      if (required) {
        checks.add(field, "validation.required");
      }
      return null;
    }
    String trimmed = uri.strip();
    if (trimmed.length() > 255 || !concepts.exists(trimmed, type)) {
      checks.add(field, "profile.validation.unknownConcept");
      return null;
    }
    return trimmed;
  }

  /**
   * Builds a domain value when its parts were valid. The domain's own guards are the last line: a
   * rule they enforce that was not checked above still becomes a field error, never a 500.
   */
  <T> T build(String field, boolean partsValid, Supplier<T> constructor) {
    if (!partsValid) {
      return null;
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      checks.add(field, "profile.validation.invalid");
      return null;
    }
  }

  int errorMark() {
    return checks.errorCount();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
