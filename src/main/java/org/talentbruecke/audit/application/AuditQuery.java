package org.talentbruecke.audit.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.FieldChecks;

/**
 * The admin's filter as typed (page) or sent (API), checked: {@code from} and {@code to} are days
 * ({@code 2026-12-03}, in the region's time zone, both included) or instants ({@code
 * 2026-12-03T10:15:00Z}); {@code actor} is an account id, an e-mail address or a pseudonym ({@code
 * P-…}); {@code type} is an entry code. Every part may be empty.
 *
 * @throws org.talentbruecke.shared.application.ValidationFailure naming each bad parameter, and
 *     {@code from} when it lies after {@code to}
 */
public record AuditQuery(Instant from, Instant to, String actor, String type) {
  static final int MAX_ACTOR = 254;

  public static AuditQuery parse(String from, String to, String actor, String type) {
    FieldChecks checks = new FieldChecks();
    Instant start = instant(checks, "from", from, false);
    Instant end = instant(checks, "to", to, true);
    if (start != null && end != null && !start.isBefore(end)) {
      checks.add("from", "audit.validation.fromAfterTo");
    }
    String who = blankToNull(actor);
    if (who != null
        && (who.length() > MAX_ACTOR || who.chars().anyMatch(Character::isISOControl))) {
      checks.add("actor", "audit.validation.actor");
    }
    String code = blankToNull(type);
    if (code != null && !AuditTypes.isWellFormed(code)) {
      checks.add("type", "audit.validation.type");
    }
    checks.throwIfAny();
    return new AuditQuery(start, end, who, code);
  }

  public static final AuditQuery NONE = new AuditQuery(null, null, null, null);

  /**
   * A day or an instant; a day as {@code to} means up to the end of that day (the next midnight).
   */
  private static Instant instant(FieldChecks checks, String field, String text, boolean end) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay(AuditTrailService.REGION).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      checks.add(field, "audit.validation.date");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
