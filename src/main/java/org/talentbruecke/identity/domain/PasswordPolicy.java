package org.talentbruecke.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.shared.domain.EmailAddress;

/**
 * Decides whether a new password is acceptable: long enough, not absurdly long, and not on the list
 * of common passwords shipped with the project.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;

  /** PBKDF2 hashes the whole input; a cap stops megabyte "passwords" from burning CPU. */
  public static final int MAX_LENGTH = 128;

  /** Why a password was refused; the names are message keys' suffixes. */
  public enum Violation {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    CONTAINS_EMAIL
  }

  private final Set<String> commonPasswords;

  public PasswordPolicy(Set<String> commonPasswords) {
    this.commonPasswords = Set.copyOf(commonPasswords);
  }

  public Optional<Violation> check(String password, String email) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of(Violation.TOO_SHORT);
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Violation.TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (commonPasswords.contains(lower) || isCommonWithSuffix(lower)) {
      return Optional.of(Violation.COMMON);
    }
    String localPart = email == null ? "" : EmailAddress.normalise(email).split("@")[0];
    if (localPart.length() >= 4 && lower.contains(localPart)) {
      return Optional.of(Violation.CONTAINS_EMAIL);
    }
    return Optional.empty();
  }

  // "password1234!" is as weak as "password": strip trailing digits and punctuation once.
  private boolean isCommonWithSuffix(String lower) {
    String stem = lower.replaceAll("[0-9!?.#*_-]+$", "");
    return !stem.equals(lower) && commonPasswords.contains(stem);
  }
}
