package org.talentbruecke.reference.infrastructure;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.Coverage;
import org.talentbruecke.reference.domain.recognition.IscoMapping;
import org.talentbruecke.reference.domain.recognition.ProfessionGroup;
import org.talentbruecke.reference.domain.recognition.RecognitionTrack;
import org.talentbruecke.reference.domain.recognition.RegulatedProfession;
import org.talentbruecke.reference.domain.recognition.Regulation;

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
          table.localized(record, "explanation_"));
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
