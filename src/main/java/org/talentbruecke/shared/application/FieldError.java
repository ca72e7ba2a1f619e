package org.talentbruecke.shared.application;

import java.util.Arrays;

/** One broken rule: the field it concerns and a message key from the resource bundles. */
public record FieldError(String field, String messageKey, Object... arguments) {
  public FieldError {
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  @Override
  public String toString() {
    return field + ":" + messageKey + Arrays.toString(arguments);
  }
}
