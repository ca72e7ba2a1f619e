package org.talentbruecke.audit.application;

import java.util.List;

/**
 * The audit trail as CSV (RFC 4180, comma, CRLF, UTF-8): one header line, one line per entry. A
 * cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
 * return) gets a leading apostrophe, since names and details come from users.
 */
public final class AuditCsv {
  static final List<String> HEADER =
      List.of(
          "id",
          "at",
          "type",
          "actor",
          "actorPseudonym",
          "actorRole",
          "organisation",
          "subject",
          "subjectPseudonym",
          "entity",
          "entityId",
          "field",
          "oldValue",
          "newValue",
          "details");

  private AuditCsv() {}

  public static String of(List<AuditLog.Row> rows) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (AuditLog.Row r : rows) {
      line(
          out,
          List.of(
              String.valueOf(r.id()),
              r.at().toString(),
              r.type(),
              text(r.actor()),
              text(r.actorPseudonym()),
              r.actorRole(),
              text(r.organisation()),
              text(r.subject()),
              text(r.subjectPseudonym()),
              text(r.entity()),
              text(r.entityId()),
              text(r.field()),
              text(r.oldValue()),
              text(r.newValue()),
              text(r.details())));
    }
    return out.toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String cell(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
