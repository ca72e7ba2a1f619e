package org.talentbruecke.shared.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentbruecke.shared.application.FieldError;

/**
 * Turns Bean Validation violations of a request body into the field errors the API has always
 * answered: the annotation's message names a key of the message bundles in braces (e.g. {@code
 * "{validation.tooLong}"}), its {@code max} becomes the message's argument, and the field is named
 * as the application services name it.
 *
 * <p>Field names: objects nested only to group fields in JSON (an opening's {@code requirements})
 * are not part of the name, list positions are ({@code mustHaveSkills[1]}, {@code
 * languages[0].code}).
 */
public final class ConstraintFieldErrors {
  private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");

  private ConstraintFieldErrors() {}

  public static List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations) {
      errors.add(
          new FieldError(
              field(violation.getPropertyPath()),
              key(violation.getMessageTemplate()),
              arguments(violation.getConstraintDescriptor().getAttributes())));
    }
    // A set of violations has no order; answers should not change from call to call.
    java.util.Set<String> seen = new java.util.HashSet<>();
    errors.removeIf(e -> !seen.add(e.field() + " " + e.messageKey()));
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::messageKey));
    return errors;
  }

  static String field(Path path) {
    List<String> segments = new ArrayList<>();
    List<Boolean> indexed = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue; // a resource method's name and parameter say nothing about the JSON
      }
      if (node.getIndex() != null && !segments.isEmpty()) {
        int last = segments.size() - 1;
        segments.set(last, segments.get(last) + "[" + node.getIndex() + "]");
        indexed.set(last, true);
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        segments.add(node.getName());
        indexed.add(false);
      }
    }
    // Leading objects that only group fields are dropped: "requirements.qualification" is
    // "qualification", but "languages[0].code" keeps its list.
    int first = 0;
    while (first < segments.size() - 1 && !indexed.get(first)) {
      first++;
    }
    return String.join(".", segments.subList(first, segments.size()));
  }

  static String key(String template) {
    Matcher matcher = KEY.matcher(template == null ? "" : template.strip());
    return matcher.matches() ? matcher.group(1) : template;
  }

  private static Object[] arguments(Map<String, Object> attributes) {
    Object max = attributes.get("max");
    return max == null ? new Object[0] : new Object[] {max};
  }
}
