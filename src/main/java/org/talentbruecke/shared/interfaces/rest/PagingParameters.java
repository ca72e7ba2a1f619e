package org.talentbruecke.shared.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.talentbruecke.shared.application.MessageTexts;

/**
 * The query parameters a paged, localised list answer shares: {@code limit}, {@code offset}, the
 * Accept-Language, and ids in the path. Bad values become problem documents naming the parameter
 * (400), an id that is no number a 404 like an unknown one.
 */
public final class PagingParameters {
  /** The most a page may hold. */
  public static final int MAX_LIMIT = 100;

  /** The page size when the caller names none. */
  public static final int DEFAULT_LIMIT = 20;

  private PagingParameters() {}

  /** 1..{@link #MAX_LIMIT}; {@link #DEFAULT_LIMIT} when absent. */
  public static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    int value = wholeNumber("limit", text);
    if (value < 1 || value > MAX_LIMIT) {
      throw new ProblemException(
          ProblemType.VALIDATION, "limit must be between 1 and " + MAX_LIMIT + ".");
    }
    return value;
  }

  /** 0 or more; 0 when absent. */
  public static int offset(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    int value = wholeNumber("offset", text);
    if (value < 0) {
      throw new ProblemException(ProblemType.VALIDATION, "offset must not be negative.");
    }
    return value;
  }

  /** A whole number, or a 400 naming the parameter. */
  public static int wholeNumber(String name, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.VALIDATION, name + " must be a whole number.");
    }
  }

  /** An id from the path; one that is no number is as unknown as a missing one (404). */
  public static long pathId(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.NOT_FOUND, "No such " + what + ".");
    }
  }

  /** The first supported language of the Accept-Language header; German when none fits. */
  public static Locale locale(HttpHeaders headers) {
    for (Locale accepted : headers.getAcceptableLanguages()) {
      if (!"*".equals(accepted.getLanguage())) {
        var supported = MessageTexts.supported(accepted.toLanguageTag());
        if (supported.isPresent()) {
          return supported.get();
        }
      }
    }
    return MessageTexts.DEFAULT_LOCALE;
  }
}
