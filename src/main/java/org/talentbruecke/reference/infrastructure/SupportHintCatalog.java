package org.talentbruecke.reference.infrastructure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.recognition.SupportHint;

/**
 * Funding, residence-law and counselling hints for recognition advice, read from
 * recognition-support.csv (each row with its source and the date it was checked).
 */
public final class SupportHintCatalog {

  static final String FILE = "recognition-support.csv";

  private SupportHintCatalog() {}

  /** Loads the hints in file order and rejects duplicate ids. */
  public static List<SupportHint> load() {
    CsvTable table = CsvTable.load(FILE);
    List<SupportHint> hints = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CSVRecord record : table.records()) {
      SupportHint hint = RecognitionCsv.hint(table, record);
      if (!ids.add(hint.id())) {
        throw table.error(record, "duplicate hint " + hint.id());
      }
      hints.add(hint);
    }
    return List.copyOf(hints);
  }
}
