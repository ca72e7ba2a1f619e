package org.talentbruecke.reference.infrastructure.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbruecke.reference.application.EscoConceptRow;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.EscoImportCounts;
import org.talentbruecke.reference.application.EscoRecordHandler;
import org.talentbruecke.reference.application.EscoStreamSummary;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;
import org.talentbruecke.reference.domain.OccupationSkillRelation;
import org.talentbruecke.reference.domain.RelationType;

/**
 * Reading the real-row fixture: counts, language merge, multi-line labels, zip and gzip, line
 * numbers.
 */
class EscoDistributionReaderTest {

  private final EscoDistributionReader reader = new EscoDistributionReader();

  @Test
  void countsEveryConceptAndRelationOfTheFixture() throws Exception {
    EscoImportCounts counts = reader.read(EscoFixture.original()).counts();

    assertThat(counts.skills()).isEqualTo(5);
    assertThat(counts.occupations()).isEqualTo(4);
    assertThat(counts.iscoGroups()).isEqualTo(4);
    assertThat(counts.essentialRelations()).isEqualTo(3);
    assertThat(counts.optionalRelations()).isZero();
    assertThat(counts.broaderRelations())
        .as("occupation -> ISCO group edges inside the fixture")
        .isEqualTo(3);
    assertThat(counts.droppedRelations()).as("edges to concepts outside the fixture").isEqualTo(10);
    assertThat(counts.languages()).containsExactlyInAnyOrder("de", "en");
    assertThat(counts.filesRead()).isEqualTo(9);
    assertThat(counts.preferredLabelsByLanguage()).containsEntry("de", 13).containsEntry("en", 13);
  }

  @Test
  void mergesLanguagesOfAnOccupationAndSplitsMultiLineAltLabels() throws Exception {
    EscoConcept baker =
        reader.read(EscoFixture.original()).concept(EscoFixture.BAKER).orElseThrow();

    assertThat(baker.type()).isEqualTo(ConceptType.OCCUPATION);
    assertThat(baker.iscoGroupCode()).isEqualTo("7512");
    assertThat(baker.code()).isEqualTo("7512.1");
    LocalizedLabels german = baker.labels("de").orElseThrow();
    assertThat(german.preferredLabel()).isEqualTo("Bäcker/Bäckerin");
    assertThat(german.altLabels())
        .containsExactly(
            "Konditorin",
            "Konditor",
            "Backwarenhersteller",
            "Bäcker",
            "Bäckerin",
            "Backwarenherstellerin");
    assertThat(german.description()).startsWith("Bäcker stellen");
    assertThat(baker.labels("en").orElseThrow().preferredLabel()).isEqualTo("baker");
  }

  @Test
  void keepsSkillAttributesAndHiddenLabels() throws Exception {
    EscoConcept initiative =
        reader.read(EscoFixture.original()).concept(EscoFixture.SHOW_INITIATIVE).orElseThrow();

    assertThat(initiative.type()).isEqualTo(ConceptType.SKILL);
    assertThat(initiative.skillType()).isEqualTo("skill/competence");
    assertThat(initiative.reuseLevel()).isEqualTo("transversal");
    assertThat(initiative.labels("en").orElseThrow().hiddenLabels())
        .contains("self starter", "great initiative");
    assertThat(initiative.labels("de").orElseThrow().preferredLabel())
        .isEqualTo("Initiative zeigen");
  }

  @Test
  void keepsTheNewestOfRepeatedRowsAndWarns() throws Exception {
    EscoDataSet data = reader.read(EscoFixture.original());

    assertThat(
            data.concepts(ConceptType.OCCUPATION)
                .filter(c -> c.uri().equals(EscoFixture.KINDERGARTEN_HELPER)))
        .hasSize(1);
    assertThat(data.concept(EscoFixture.KINDERGARTEN_HELPER).orElseThrow().modifiedDate())
        .isEqualTo("2025-11-26T10:02:16.164Z");
    assertThat(data.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.file()).isEqualTo("occupations_de.csv");
              assertThat(w.message()).contains("duplicate de row", EscoFixture.KINDERGARTEN_HELPER);
            });
  }

  @Test
  void readsRelationsWithTheirType() throws Exception {
    List<OccupationSkillRelation> relations =
        reader.read(EscoFixture.original()).occupationSkillRelations();

    assertThat(relations)
        .contains(
            new OccupationSkillRelation(
                EscoFixture.BAKER,
                EscoFixture.PREPARE_BAKERY_PRODUCTS,
                RelationType.ESSENTIAL,
                "skill/competence"));
  }

  @Test
  void readsTheSameFromAZipOfGzippedFiles(@TempDir Path temp) throws Exception {
    Path zip = EscoFixture.zipOfGzippedFiles(temp.resolve("esco.zip"));

    EscoDataSet fromZip = reader.read(zip);
    EscoDataSet fromDirectory = reader.read(EscoFixture.original());

    assertThat(fromZip.counts().concepts()).isEqualTo(fromDirectory.counts().concepts());
    assertThat(fromZip.concepts()).containsExactlyInAnyOrderElementsOf(fromDirectory.concepts());
    assertThat(fromZip.occupationSkillRelations())
        .isEqualTo(fromDirectory.occupationSkillRelations());
    assertThat(fromZip.files()).contains("esco-export/skills_de.csv.gz");
  }

  @Test
  void streamedRowsCarryThePhysicalLineWhereTheirRecordStarts() throws IOException {
    Map<String, Long> lines = new HashMap<>();
    EscoStreamSummary summary =
        reader.stream(
            EscoFixture.original(),
            new EscoRecordHandler() {
              @Override
              public void onConcept(EscoConceptRow row) {
                if (row.sourceFile().equals("occupations_en.csv")) {
                  lines.put(row.uri(), row.line());
                }
              }
            });

    assertThat(summary.valid()).isTrue();
    List<String> fileLines =
        Files.readAllLines(EscoFixture.original().resolve("occupations_en.csv"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < fileLines.size(); i++) {
      if (fileLines.get(i).startsWith("Occupation,http")) {
        expected.add(fileLines.get(i).split(",")[1] + "@" + (i + 1));
      }
    }
    assertThat(expected).hasSize(4);
    assertThat(lines.entrySet())
        .extracting(e -> e.getKey() + "@" + e.getValue())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(lines.values()).as("records span several lines").anyMatch(line -> line > 10);
  }
}
