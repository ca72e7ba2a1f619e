package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;

/** Merging per-language rows of one concept, including conflicting versions. */
class EscoConceptMergerTest {

  private static final String URI =
      "http://data.europa.eu/esco/occupation/8d463763-5d38-4f47-903c-1c4df32141c1";

  private final IssueCollector issues = new IssueCollector();
  private final EscoConceptMerger merger = new EscoConceptMerger(issues);

  @Test
  void newestRowDecidesLanguageNeutralFieldsAndTheConflictIsReported() {
    merger.add(
        row(
            "occupations_en.csv",
            "en",
            "Smart City consultant",
            "2421",
            "2024-01-10T10:55:28.397Z"));
    merger.add(
        row(
            "occupations_de.csv",
            "de",
            "Smart-City-Berater/Smart-City-Beraterin",
            "2164",
            "2024-07-08T14:37:44.651Z"));

    EscoConcept concept = merger.build().get(URI);

    assertThat(concept.iscoGroupCode()).isEqualTo("2164");
    assertThat(concept.labels()).containsOnlyKeys("de", "en");
    assertThat(issues.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.file()).isEqualTo("occupations_de.csv");
              assertThat(w.message()).contains("iscoGroup", "'2164'", "'2421'");
            });
  }

  @Test
  void olderRowDoesNotOverrideButFillsEmptyFields() {
    merger.add(
        row("occupations_de.csv", "de", "Smart-City-Berater", "", "2024-07-08T14:37:44.651Z"));
    merger.add(
        row(
            "occupations_en.csv",
            "en",
            "Smart City consultant",
            "2421",
            "2024-01-10T10:55:28.397Z"));

    assertThat(merger.build().get(URI).iscoGroupCode()).isEqualTo("2421");
    assertThat(issues.warningCount()).isZero();
  }

  @Test
  void sameUriWithAnotherTypeIsAnError() {
    merger.add(row("occupations_en.csv", "en", "Smart City consultant", "2421", ""));
    merger.add(
        new EscoConceptRow(
            "skills_en.csv",
            7,
            ConceptType.SKILL,
            URI,
            "en",
            labels("consult"),
            "",
            "",
            "",
            "",
            "",
            "",
            ""));

    assertThat(issues.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.message())
                  .contains("is a KnowledgeSkillCompetence here but a Occupation");
            });
  }

  @Test
  void rowWithoutLabelsStillContributesAttributes() {
    merger.add(
        new EscoConceptRow(
            "skills_de.csv",
            2,
            ConceptType.SKILL,
            URI,
            "de",
            null,
            "knowledge",
            "transversal",
            "",
            "",
            "",
            "",
            ""));

    EscoConcept concept = merger.build().get(URI);

    assertThat(concept.labels()).isEmpty();
    assertThat(concept.skillType()).isEqualTo("knowledge");
  }

  private static EscoConceptRow row(
      String file, String language, String label, String isco, String date) {
    return new EscoConceptRow(
        file,
        2,
        ConceptType.OCCUPATION,
        URI,
        language,
        labels(label),
        "",
        "",
        "2421.8",
        isco,
        "released",
        date,
        "");
  }

  private static LocalizedLabels labels(String preferred) {
    return new LocalizedLabels(preferred, List.of(), List.of(), "");
  }
}
