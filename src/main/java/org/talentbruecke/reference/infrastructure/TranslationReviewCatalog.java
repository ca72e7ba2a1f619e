package org.talentbruecke.reference.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.glossary.TranslationReview;

/**
 * Reads translation-reviews.csv: one row per translated interface language, with the reviewer and
 * the date once a native-speaking counsellor has reviewed its texts (see docs/reference-data.md).
 */
public final class TranslationReviewCatalog {

  static final String FILE = "translation-reviews.csv";

  private TranslationReviewCatalog() {}

  public static List<TranslationReview> load() {
    CsvTable table = CsvTable.load(FILE);
    List<TranslationReview> reviews = new ArrayList<>();
    for (CSVRecord record : table.records()) {
      Optional<LocalDate> date;
      try {
        date = table.optionalText(record, "reviewed_on").map(LocalDate::parse);
      } catch (DateTimeParseException e) {
        throw table.error(record, "reviewed_on must be a date like 2027-01-31");
      }
      try {
        reviews.add(
            new TranslationReview(
                table.text(record, "language"),
                table.optionalText(record, "reviewer"),
                date,
                table.optionalText(record, "scope").orElse("")));
      } catch (IllegalArgumentException e) {
        throw table.error(record, e.getMessage());
      }
    }
    return List.copyOf(reviews);
  }
}
