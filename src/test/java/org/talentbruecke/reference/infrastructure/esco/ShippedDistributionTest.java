package org.talentbruecke.reference.infrastructure.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.EscoImportCounts;
import org.talentbruecke.reference.domain.search.LabelSearchIndex;
import org.talentbruecke.reference.domain.search.SearchHit;

/**
 * Checks the shipped distribution (built by bin/build-esco-data) end to end; the shipped files must
 * be there. Location: system property {@code esco.distribution}, default {@code
 * src/main/resources/reference/esco}.
 */
class ShippedDistributionTest {

  private static EscoDataSet data;
  private static LabelSearchIndex index;

  @BeforeAll
  static void read() throws Exception {
    Path distribution =
        Path.of(System.getProperty("esco.distribution", "src/main/resources/reference/esco"));
    assertThat(distribution.resolve("skills_en.csv.gz")).as("shipped distribution").isRegularFile();
    data = new EscoDistributionReader().read(distribution);
    index = LabelSearchIndex.build(data.concepts());
  }

  @Test
  void holdsAllSkillsOccupationsAndRelations() {
    EscoImportCounts counts = data.counts();

    assertThat(counts.skills()).isEqualTo(14_133);
    assertThat(counts.occupations()).isEqualTo(3_039);
    assertThat(counts.iscoGroups()).isEqualTo(619);
    assertThat(counts.skillGroups()).isEqualTo(640);
    assertThat(counts.essentialRelations() + counts.optionalRelations()).isEqualTo(123_664);
    assertThat(counts.droppedRelations()).isZero();
    assertThat(counts.preferredLabelsByLanguage().get("de"))
        .as("every concept but v1.1.1-only skills")
        .isEqualTo(14_133 - 194 + 3_039 + 619 + 640);
  }

  @Test
  void everyOccupationHasGermanAndEnglishLabelsAndAnIscoGroup() {
    assertThat(data.concepts(org.talentbruecke.reference.domain.ConceptType.OCCUPATION))
        .allSatisfy(
            o -> {
              assertThat(o.labels()).containsKeys("de", "en");
              assertThat(o.iscoGroupCode()).matches("\\d{4}");
            });
  }

  @Test
  void searchFindsRealOccupationsQuickly() {
    long start = System.nanoTime();
    List<SearchHit> hits = index.search("Krankenpfleger", "de", 10);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(hits)
        .extracting(h -> h.label().text())
        .contains("Gesundheits- und Krankenpfleger/Gesundheits- und Krankenschwester");
    assertThat(index.search("baecker", "de", 1).get(0).label().text()).isEqualTo("Bäcker/Bäckerin");
    assertThat(millis).as("first, cold query").isLessThan(500);
  }
}
