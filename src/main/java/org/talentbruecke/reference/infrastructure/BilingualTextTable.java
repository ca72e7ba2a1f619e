package org.talentbruecke.reference.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * A resource-bundle-like table with the columns key, de, en and optionally ar, uk, tr, loaded once
 * into memory.
 */
final class BilingualTextTable {

  private final Map<String, LocalizedText> texts;

  private BilingualTextTable(Map<String, LocalizedText> texts) {
    this.texts = texts;
  }

  /** Loads the file and rejects duplicate keys, which would silently hide one translation. */
  static BilingualTextTable load(String fileName) {
    CsvTable table = CsvTable.load(fileName);
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    for (CSVRecord record : table.records()) {
      String key = table.text(record, "key");
      LocalizedText text = table.localized(record, "");
      if (texts.putIfAbsent(key, text) != null) {
        throw table.error(record, "duplicate key " + key);
      }
    }
    return new BilingualTextTable(Map.copyOf(texts));
  }

  Optional<LocalizedText> find(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  Map<String, LocalizedText> all() {
    return texts;
  }
}
