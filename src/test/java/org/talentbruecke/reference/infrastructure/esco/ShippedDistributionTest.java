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
    assertThat(counts.preferredLabelsByLanguage().get("ar"))
        .as("all occupations, 420 skill groups, the skills of ESCO's collections; no ISCO groups")
        .isEqualTo(3_039 + 420 + 2_367);
    assertThat(counts.preferredLabelsByLanguage().get("uk"))
        .as("all occupations, ISCO groups and skill groups, the skills of ESCO's collections")
        .isEqualTo(3_039 + 619 + 640 + 2_367);
  }

  @Test
  void everyOccupationHasArabicAndUkrainianLabelsFromEsco121() {
    assertThat(data.concepts(org.talentbruecke.reference.domain.ConceptType.OCCUPATION))
        .allSatisfy(o -> assertThat(o.labels()).containsKeys("ar", "uk"));
    assertThat(data.warnings())
        .as("Arabic and Ukrainian rows add one known ISCO disagreement between 1.2.0 and 1.2.1")
        .filteredOn(w -> w.file().endsWith("_ar.csv.gz") || w.file().endsWith("_uk.csv.gz"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("iscoGroup of", "8d463763"));
  }

  @Test
  void searchFindsTheNurseByArabicWordsAndShowsTheArabicLabel() {
    String nurse = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    assertThat(index.search("ممرض", "ar", 10))
        .filteredOn(hit -> hit.uri().equals(nurse))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.label().text())
                  .isEqualTo("ممرض مسؤول عن الرعاية العامة / ممرضة مسؤولة عن الرعاية العامة");
              assertThat(hit.label().language()).isEqualTo("ar");
            });
    assertThat(index.search("مُمَرِّضَة الرعايه العامه", "ar", 1).get(0).uri())
        .as("with diacritics and haa for taa marbuta")
        .isEqualTo(nurse);
    assertThat(index.search("сестра медична загальний догляд", "uk", 1).get(0).uri())
        .isEqualTo(nurse);
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
