package org.talentbruecke.reference.infrastructure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.course.CertificateKind;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.course.GermanCourse;
import org.talentbruecke.reference.domain.course.LanguageCertificate;
import org.talentbruecke.reference.domain.language.CefrLevel;

/**
 * Federal German courses (german-courses.csv) and common German certificates
 * (language-certificates.csv).
 */
public final class GermanCourseCatalog {

  static final String COURSES = "german-courses.csv";
  static final String CERTIFICATES = "language-certificates.csv";

  private final List<GermanCourse> courses;
  private final List<LanguageCertificate> certificates;

  private GermanCourseCatalog(List<GermanCourse> courses, List<LanguageCertificate> certificates) {
    this.courses = courses;
    this.certificates = certificates;
  }

  /** Loads both files; ids must be unique within each file. */
  public static GermanCourseCatalog load() {
    CsvTable courseTable = CsvTable.load(COURSES);
    List<GermanCourse> courses = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CSVRecord record : courseTable.records()) {
      GermanCourse course = course(courseTable, record);
      if (!ids.add(course.id())) {
        throw courseTable.error(record, "duplicate id " + course.id());
      }
      courses.add(course);
    }
    CsvTable certificateTable = CsvTable.load(CERTIFICATES);
    List<LanguageCertificate> certificates = new ArrayList<>();
    ids.clear();
    for (CSVRecord record : certificateTable.records()) {
      LanguageCertificate certificate = certificate(certificateTable, record);
      if (!ids.add(certificate.id())) {
        throw certificateTable.error(record, "duplicate id " + certificate.id());
      }
      certificates.add(certificate);
    }
    return new GermanCourseCatalog(List.copyOf(courses), List.copyOf(certificates));
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

  /** All courses in file order. */
  public List<GermanCourse> courses() {
    return courses;
  }

  /** Courses of one type. */
  public List<GermanCourse> courses(CourseType type) {
    return courses.stream().filter(c -> c.type() == type).toList();
  }

  /** The course with this id. */
  public Optional<GermanCourse> course(String id) {
    return courses.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** All certificates in file order. */
  public List<LanguageCertificate> certificates() {
    return certificates;
  }

  /** The certificate with this id. */
  public Optional<LanguageCertificate> certificate(String id) {
    return certificates.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Certificates that can attest the given level, e.g. to suggest exams to someone aiming at B2.
   */
  public List<LanguageCertificate> certificatesFor(CefrLevel level) {
    return certificates.stream().filter(c -> c.levels().contains(level)).toList();
  }
}
