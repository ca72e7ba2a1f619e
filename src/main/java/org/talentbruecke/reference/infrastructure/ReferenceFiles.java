package org.talentbruecke.reference.infrastructure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.application.CefrDescriptorCatalog;
import org.talentbruecke.reference.application.GermanCourseCatalog;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.QualificationLevelCatalog;
import org.talentbruecke.reference.application.SearchSynonyms;
import org.talentbruecke.reference.domain.course.CertificateKind;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.course.GermanCourse;
import org.talentbruecke.reference.domain.course.LanguageCertificate;
import org.talentbruecke.reference.domain.geo.GeoPoint;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.Language;
import org.talentbruecke.reference.domain.qualification.QualificationLevel;

/**
 * Reads the catalogues shipped under /reference/ on the classpath. Only {@link ReferenceCatalogs}
 * (once, at start-up) and tests call it; everyone else has the catalogues injected. A broken row is
 * reported with its file and line, so data editors find it quickly.
 */
public final class ReferenceFiles {
  static final String LANGUAGES = "languages.csv";
  static final String MUNICIPALITIES = "municipalities.csv";
  static final String CEFR_DESCRIPTORS = "cefr-descriptors.csv";
  static final String QUALIFICATION_LEVELS = "qualification-levels.csv";
  static final String COURSES = "german-courses.csv";
  static final String CERTIFICATES = "language-certificates.csv";
  static final String SEARCH_SYNONYMS = "search-synonyms.csv";

  private ReferenceFiles() {}

  /** languages.csv. */
  public static LanguageCatalog languages() {
    CsvTable table = CsvTable.load(LANGUAGES);
    List<Language> languages = new ArrayList<>();
    for (CSVRecord record : table.records()) {
      try {
        languages.add(
            new Language(
                table.optionalText(record, "iso639_1").orElse(null),
                table.text(record, "iso639_3"),
                table.optionalText(record, "name_de").orElse(null),
                table.optionalText(record, "name_en").orElse(null)));
      } catch (IllegalArgumentException e) {
        throw table.error(record, e.getMessage());
      }
    }
    return whole(LANGUAGES, () -> new LanguageCatalog(languages));
  }

  /** municipalities.csv. */
  public static MunicipalityCatalog municipalities() {
    CsvTable table = CsvTable.load(MUNICIPALITIES);
    List<Municipality> municipalities = new ArrayList<>();
    for (CSVRecord record : table.records()) {
      try {
        GeoPoint centre =
            new GeoPoint(
                Double.parseDouble(table.text(record, "latitude")),
                Double.parseDouble(table.text(record, "longitude")));
        municipalities.add(
            new Municipality(
                table.text(record, "ags"),
                table.text(record, "name"),
                table.list(record, "postcodes", "\\s+"),
                centre));
      } catch (IllegalArgumentException e) {
        throw table.error(record, e.getMessage());
      }
    }
    return whole(MUNICIPALITIES, () -> new MunicipalityCatalog(municipalities));
  }

  /** cefr-descriptors.csv. */
  public static CefrDescriptorCatalog cefrDescriptors() {
    BilingualTextTable table = BilingualTextTable.load(CEFR_DESCRIPTORS);
    return whole(CEFR_DESCRIPTORS, () -> new CefrDescriptorCatalog(table.all()));
  }

  /** qualification-levels.csv. */
  public static QualificationLevelCatalog qualificationLevels() {
    CsvTable table = CsvTable.load(QUALIFICATION_LEVELS);
    List<QualificationLevel> levels = new ArrayList<>();
    for (CSVRecord record : table.records()) {
      try {
        levels.add(
            new QualificationLevel(
                Integer.parseInt(table.text(record, "level")),
                table.localized(record, "description_"),
                table.list(record, "typical_qualifications_de", "\\|"),
                table.list(record, "typical_qualifications_en", "\\|")));
      } catch (IllegalArgumentException e) {
        throw table.error(record, e.getMessage());
      }
    }
    return whole(QUALIFICATION_LEVELS, () -> new QualificationLevelCatalog(levels));
  }

  /** german-courses.csv and language-certificates.csv. */
  public static GermanCourseCatalog germanCourses() {
    CsvTable courseTable = CsvTable.load(COURSES);
    List<GermanCourse> courses = new ArrayList<>();
    for (CSVRecord record : courseTable.records()) {
      courses.add(course(courseTable, record));
    }
    CsvTable certificateTable = CsvTable.load(CERTIFICATES);
    List<LanguageCertificate> certificates = new ArrayList<>();
    for (CSVRecord record : certificateTable.records()) {
      certificates.add(certificate(certificateTable, record));
    }
    return whole(
        COURSES + ", " + CERTIFICATES, () -> new GermanCourseCatalog(courses, certificates));
  }

  /** search-synonyms.csv. */
  public static SearchSynonyms searchSynonyms() {
    CsvTable table = CsvTable.load(SEARCH_SYNONYMS);
    Map<String, Map<String, List<String>>> byUri = new HashMap<>();
    for (CSVRecord row : table.records()) {
      byUri
          .computeIfAbsent(table.text(row, "uri"), u -> new LinkedHashMap<>())
          .computeIfAbsent(table.text(row, "language"), l -> new ArrayList<>())
          .add(table.text(row, "label"));
    }
    return new SearchSynonyms(byUri);
  }

  private static GermanCourse course(CsvTable table, CSVRecord record) {
    try {
      return new GermanCourse(
          table.text(record, "id"),
          CourseType.valueOf(table.text(record, "type")),
          table.localized(record, "name_"),
          table.optionalText(record, "entry_level").map(CefrLevel::parse),
          table.optionalText(record, "target_level").map(CefrLevel::parse),
          table.optionalText(record, "teaching_units").map(Integer::valueOf),
          table.optionalText(record, "final_exam"),
          table.localized(record, "description_"));
    } catch (IllegalArgumentException e) {
      throw table.error(record, e.getMessage());
    }
  }

  private static LanguageCertificate certificate(CsvTable table, CSVRecord record) {
    try {
      Set<CefrLevel> levels = EnumSet.noneOf(CefrLevel.class);
      table.list(record, "levels", "\\s+").forEach(level -> levels.add(CefrLevel.parse(level)));
      return new LanguageCertificate(
          table.text(record, "id"),
          table.text(record, "name"),
          table.text(record, "provider"),
          levels,
          table.bool(record, "scaled"),
          CertificateKind.valueOf(table.text(record, "kind")),
          table.localized(record, "note_"));
    } catch (IllegalArgumentException e) {
      throw table.error(record, e.getMessage());
    }
  }

  /** Builds the catalogue; a rule across rows (a duplicate key, a gap) names the file. */
  private static <T> T whole(String file, Supplier<T> catalogue) {
    try {
      return catalogue.get();
    } catch (IllegalArgumentException e) {
      throw new ReferenceDataException(CsvTable.ROOT + file + ": " + e.getMessage(), e);
    }
  }
}
