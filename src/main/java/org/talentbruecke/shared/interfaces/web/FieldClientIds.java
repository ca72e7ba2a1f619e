package org.talentbruecke.shared.interfaces.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the field path of a validation error into the client id of the input that shows it, for
 * forms whose repeated rows are {@code ui:repeat}s named like the list: {@code workHistory[2].from}
 * becomes {@code form:workHistory:2:from}, and dots outside a list become underscores ({@code
 * availability.from} becomes {@code form:availability_from}), because ids cannot hold dots.
 */
public final class FieldClientIds {
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]\\.?");

  private FieldClientIds() {}

  public static String of(String formId, String field) {
    Matcher m = INDEX.matcher(field);
    StringBuilder id = new StringBuilder(formId);
    int last = 0;
    while (m.find()) {
      id.append(':').append(field, last, m.start()).append(':').append(m.group(1));
      last = m.end();
    }
    String rest = field.substring(last);
    if (!rest.isEmpty()) {
      id.append(':').append(rest.replace('.', '_'));
    }
    return id.toString();
  }
}
