package org.talentbruecke.reference.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.qualification.QualificationLevel;

/** The eight EQF/DQR levels from qualification-levels.csv. */
public final class QualificationLevelCatalog {

  static final String FILE = "qualification-levels.csv";

  private final TreeMap<Integer, QualificationLevel> levels;

  private QualificationLevelCatalog(TreeMap<Integer, QualificationLevel> levels) {
    this.levels = levels;
  }

  /** Loads the levels and requires exactly one row for each of 1..8. */
  public static QualificationLevelCatalog load() {
    CsvTable table = CsvTable.load(FILE);
    TreeMap<Integer, QualificationLevel> levels = new TreeMap<>();
    for (CSVRecord record : table.records()) {
      try {
        QualificationLevel level =
            new QualificationLevel(
                Integer.parseInt(table.text(record, "level")),
                table.localized(record, "description_"),
                table.list(record, "typical_qualifications_de", "\\|"),
                table.list(record, "typical_qualifications_en", "\\|"));
        if (levels.putIfAbsent(level.level(), level) != null) {
          throw table.error(record, "duplicate level " + level.level());
        }
      } catch (IllegalArgumentException e) {
        throw table.error(record, e.getMessage());
      }
    }
    if (levels.size() != QualificationLevel.MAX_LEVEL) {
      throw new ReferenceDataException(FILE + ": expected 8 levels, found " + levels.size());
    }
    return new QualificationLevelCatalog(levels);
  }

  /** All levels from 1 to 8. */
  public List<QualificationLevel> all() {
    return List.copyOf(levels.values());
  }

  /** The level with this number, empty outside 1..8. */
  public Optional<QualificationLevel> level(int number) {
    return Optional.ofNullable(levels.get(number));
  }
}
