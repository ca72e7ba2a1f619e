package org.talentbruecke.reference.infrastructure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.Coverage;
import org.talentbruecke.reference.domain.recognition.IscoMapping;
import org.talentbruecke.reference.domain.recognition.ProfessionGroup;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionTrack;
import org.talentbruecke.reference.domain.recognition.RegulatedProfession;
import org.talentbruecke.reference.domain.recognition.Regulation;
import org.talentbruecke.reference.domain.recognition.SupportHint;

/** Row parsers for the three recognition files, kept apart from the catalogue's lookup logic. */
final class RecognitionCsv {

  private RecognitionCsv() {}

  static ProfessionGroup group(CsvTable table, CSVRecord record) {
    try {
      Set<CompensationMeasure> measures = EnumSet.noneOf(CompensationMeasure.class);
      for (String measure : table.list(record, "compensation_measures", "\\|")) {
        measures.add(CompensationMeasure.valueOf(measure));
      }
      return new ProfessionGroup(
          table.text(record, "id"),
          table.localized(record, "name_"),
          Regulation.valueOf(table.text(record, "regulation")),
          RecognitionTrack.valueOf(table.text(record, "track")),
          table.text(record, "reference_occupations"),
          table.text(record, "responsible_body"),
          table.bool(record, "body_verified"),
          table.text(record, "legal_basis"),
          measures,
          table.localized(record, "compensation_"),
          table.localized(record, "explanation_"),
          date(table, record, "valid_from"),
          date(table, record, "valid_until"));
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw table.error(record, e.getMessage());
    }
  }

  private static Optional<LocalDate> date(CsvTable table, CSVRecord record, String column) {
    // The columns are optional, so test data and older files without them still load.
    return table.hasColumn(column)
        ? table.optionalText(record, column).map(LocalDate::parse)
        : Optional.empty();
  }

  static SupportHint hint(CsvTable table, CSVRecord record) {
    try {
      Set<RecognitionStatus> statuses = EnumSet.noneOf(RecognitionStatus.class);
      for (String status : table.list(record, "statuses", "\\|")) {
        statuses.add(RecognitionStatus.valueOf(status));
      }
      List<String> appliesTo = table.list(record, "applies_to", "\\|");
      return new SupportHint(
          table.text(record, "id"),
          Set.copyOf(appliesTo),
          statuses,
          table.localized(record, "text_"));
    } catch (IllegalArgumentException e) {
      throw table.error(record, e.getMessage());
    }
  }

  static IscoMapping mapping(CsvTable table, CSVRecord record) {
    try {
      return new IscoMapping(
          table.text(record, "isco_code"),
          table.text(record, "group_id"),
          Coverage.valueOf(table.text(record, "coverage")),
          table.optionalText(record, "note").orElse(""));
    } catch (IllegalArgumentException e) {
      throw table.error(record, e.getMessage());
    }
  }

  static RegulatedProfession profession(CsvTable table, CSVRecord record) {
    try {
      return new RegulatedProfession(
          table.text(record, "reference_occupation"),
          table.text(record, "name_en"),
          table.text(record, "isco_code"),
          table.text(record, "group_id"),
          Regulation.valueOf(table.text(record, "regulation")),
          table.bool(record, "state_law"));
    } catch (IllegalArgumentException e) {
      throw table.error(record, e.getMessage());
    }
  }
}
