package org.talentbruecke.matching.domain;

import java.util.List;
import java.util.Objects;

/**
 * Why a part scored as it did, as a message key and its arguments; pages and the API turn it into a
 * sentence in the reader's language. Arguments are plain values (URIs, codes, numbers as text).
 */
public record Reason(String key, List<String> args) {
  public Reason {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Reason of(String key, Object... args) {
    return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
