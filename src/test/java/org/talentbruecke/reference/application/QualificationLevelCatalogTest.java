package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.qualification.QualificationLevel;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

class QualificationLevelCatalogTest {

  private final QualificationLevelCatalog catalog = ReferenceFiles.qualificationLevels();

  @Test
  void hasLevelsOneToEightInOrder() {
    assertThat(catalog.all())
        .extracting(QualificationLevel::level)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(catalog.level(0)).isEmpty();
    assertThat(catalog.level(9)).isEmpty();
  }

  @Test
  void typicalGermanQualificationsSitOnTheirDqrLevel() {
    assertThat(String.join(" ", catalog.level(4).orElseThrow().typicalQualificationsDe()))
        .contains("Duale Berufsausbildung mit 3");
    assertThat(catalog.level(6).orElseThrow().typicalQualificationsDe())
        .anyMatch(q -> q.startsWith("Bachelor"))
        .anyMatch(q -> q.contains("Meister"));
    assertThat(catalog.level(7).orElseThrow().typicalQualificationsDe())
        .anyMatch(q -> q.startsWith("Master"));
    assertThat(catalog.level(8).orElseThrow().typicalQualificationsDe())
        .anyMatch(q -> q.contains("Promotion"));
  }

  @Test
  void everyLevelHasDescriptionsAndTranslatedQualifications() {
    for (QualificationLevel level : catalog.all()) {
      assertThat(level.description().de()).isNotBlank();
      assertThat(level.description().en()).isNotBlank();
      assertThat(level.typicalQualificationsDe())
          .isNotEmpty()
          .hasSameSizeAs(level.typicalQualificationsEn());
    }
  }
}
