package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.course.GermanCourse;
import org.talentbruecke.reference.domain.course.LanguageCertificate;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

class GermanCourseCatalogTest {

  private final GermanCourseCatalog catalog = ReferenceFiles.germanCourses();

  @Test
  void integrationCourseEndsWithTheScaledDtz() {
    GermanCourse course = catalog.course("INTEGRATION_GENERAL").orElseThrow();
    assertThat(course.type()).isEqualTo(CourseType.INTEGRATION_COURSE);
    assertThat(course.targetLevel()).contains(CefrLevel.B1);
    assertThat(course.teachingUnits()).contains(700);
    LanguageCertificate dtz = catalog.certificate("DTZ").orElseThrow();
    assertThat(dtz.levels()).containsExactlyInAnyOrder(CefrLevel.A2, CefrLevel.B1);
    assertThat(dtz.scaled()).isTrue();
  }

  @Test
  void jobRelatedCoursesCoverB1ToC1() {
    assertThat(catalog.courses(CourseType.JOB_GERMAN_BASIC))
        .extracting(c -> c.targetLevel().orElseThrow())
        .contains(CefrLevel.B2, CefrLevel.C1);
    assertThat(catalog.course("BSK_SPECIAL_B1").orElseThrow().entryLevel()).contains(CefrLevel.A2);
    for (GermanCourse course : catalog.courses()) {
      if (course.entryLevel().isPresent() && course.targetLevel().isPresent()) {
        assertThat(course.targetLevel().get().isAbove(course.entryLevel().get()))
            .as(course.id())
            .isTrue();
      }
    }
  }

  @Test
  void professionSpecificCertificatesHaveTheirLevels() {
    LanguageCertificate pflege = catalog.certificate("TELC_B1_B2_PFLEGE").orElseThrow();
    assertThat(pflege.lowestLevel()).isEqualTo(CefrLevel.B1);
    assertThat(pflege.highestLevel()).isEqualTo(CefrLevel.B2);
    LanguageCertificate medizin = catalog.certificate("TELC_B2_C1_MEDIZIN").orElseThrow();
    assertThat(medizin.levels()).containsExactlyInAnyOrder(CefrLevel.B2, CefrLevel.C1);
    assertThat(catalog.certificate("GOETHE").orElseThrow().levels()).hasSize(6);
    assertThat(catalog.certificatesFor(CefrLevel.C1))
        .extracting(LanguageCertificate::id)
        .contains("FSP_MEDIZIN", "TESTDAF", "DSH", "TELC_C1_HOCHSCHULE");
  }
}
