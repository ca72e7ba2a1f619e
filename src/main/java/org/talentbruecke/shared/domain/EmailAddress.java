package org.talentbruecke.shared.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A syntactically plausible e-mail address, normalised to lower case so that one person cannot
 * register twice by changing the case. Shared because accounts (identity) and invitations (opening)
 * must agree on what the same address is.
 */
public record EmailAddress(String value) {
  public static final int MAX_LENGTH = 254;

  // Deliberately simple: one @, no spaces or angle brackets, a dot in the domain.
  private static final Pattern SHAPE =
      Pattern.compile("^[^@\\s<>\"'(),;:]{1,64}@[^@\\s<>\"'(),;:]+\\.[^@\\s<>\"'(),;:.]{2,}$");

  public EmailAddress {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not an e-mail address");
    }
    value = normalise(value);
  }

  public static boolean isValid(String candidate) {
    if (candidate == null) {
      return false;
    }
    String trimmed = candidate.trim();
    return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches();
  }

  public static String normalise(String candidate) {
    return candidate == null ? "" : candidate.trim().toLowerCase(Locale.ROOT);
  }
}
