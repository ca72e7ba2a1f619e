package org.talentbruecke.reference.application;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.course.GermanCourse;
import org.talentbruecke.reference.domain.course.LanguageCertificate;
import org.talentbruecke.reference.domain.language.CefrLevel;

/**
 * Federal German courses (german-courses.csv) and common German certificates
 * (language-certificates.csv).
 */
public final class GermanCourseCatalog {

  private final List<GermanCourse> courses;
  private final List<LanguageCertificate> certificates;

  /**
   * Both lists in file order; ids must be unique within each. Read once at start-up and injected.
   */
  public GermanCourseCatalog(List<GermanCourse> courses, List<LanguageCertificate> certificates) {
    requireUnique(courses.stream().map(GermanCourse::id).toList());
    requireUnique(certificates.stream().map(LanguageCertificate::id).toList());
    this.courses = List.copyOf(courses);
    this.certificates = List.copyOf(certificates);
  }

  private static void requireUnique(List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("duplicate id " + id);
      }
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
