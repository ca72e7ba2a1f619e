package org.talentbruecke.matching.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct string (an ESCO URI, a language code) a small int id, so the index stores
 * ints instead of strings. Ids are never reused; a vocabulary only grows (ESCO has ~14,000 skills
 * and ~3,000 occupations, so this stays small).
 */
final class Interner {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  int intern(String value) {
    Integer id = ids.get(value);
    if (id == null) {
      id = values.size();
      ids.put(value, id);
      values.add(value);
    }
    return id;
  }

  /** The id, or -1 when the value has never been interned (then no stored item has it). */
  int idOf(String value) {
    Integer id = ids.get(value);
    return id == null ? -1 : id;
  }

  String value(int id) {
    return values.get(id);
  }

  int size() {
    return values.size();
  }

  /** The value of an id, or null for an id from {@link #idOf} of an unknown value. */
  String valueOrNull(int id) {
    return id >= 0 && id < values.size() ? values.get(id) : null;
  }
}
