package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every row that states facts about recognition (who decides, what the law requires, funding,
 * residence) names its source (an https URL) and the day it was checked, so a reviewer can check it
 * again (docs/reference-data.md says who and how often).
 */
class ReferenceFactSourcesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        RecognitionCatalog.GROUPS,
        RecognitionCatalog.PROFESSIONS,
        SupportHintCatalog.FILE,
      })
  void everyFactRowHasASourceUrlAndTheDayItWasChecked(String file) {
    CsvTable table = CsvTable.load(file);
    assertThat(table.hasColumn("source")).as(file + " has a source column").isTrue();
    assertThat(table.hasColumn("checked_on")).as(file + " has a checked_on column").isTrue();
    List<String> problems = new ArrayList<>();
    for (CSVRecord record : table.records()) {
      String row = file + " line " + record.getRecordNumber();
      String source = record.get("source").strip();
      if (source.isEmpty()) {
        problems.add(row + ": no source");
      }
      for (String part : source.split("\\|")) {
        if (!source.isEmpty() && !part.strip().startsWith("https://")) {
          problems.add(row + ": source is not an https URL: " + part.strip());
        }
      }
      try {
        LocalDate checked = LocalDate.parse(record.get("checked_on").strip());
        if (checked.isAfter(LocalDate.now().plusDays(1))) {
          problems.add(row + ": checked_on lies in the future");
        }
      } catch (DateTimeParseException e) {
        problems.add(row + ": checked_on is not a date (YYYY-MM-DD)");
      }
    }
    assertThat(problems).isEmpty();
  }
}
