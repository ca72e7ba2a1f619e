package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;
import org.talentbruecke.reference.domain.search.LabelSearchIndex;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

class SearchSynonymsTest {
  private static final String NURSE =
      "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
  private static final SearchSynonyms SYNONYMS = ReferenceFiles.searchSynonyms();

  private static EscoConcept nurse() {
    return new EscoConcept(
        NURSE,
        ConceptType.OCCUPATION,
        Map.of(
            "de",
            new LocalizedLabels(
                "Krankenpfleger Allgemeine Krankenpflege", List.of(), List.of(), "")),
        "",
        "",
        "2221.1",
        "2221",
        "released",
        "",
        "");
  }

  @Test
  void aSynonymMakesTheConceptFindableWithoutChangingItsLabel() {
    LabelSearchIndex index = LabelSearchIndex.build(List.of(SYNONYMS.addTo(nurse())));
    assertThat(index.search("Pflegefachkraft", "de", 5))
        .singleElement()
        .satisfies(
            hit ->
                assertThat(hit.label().text())
                    .isEqualTo("Krankenpfleger Allgemeine Krankenpflege"));
    assertThat(index.search("pflegefachfrau", "de", 5)).hasSize(1);
  }

  @Test
  void ukrainianEverydayWordsFindTheNurseWithEscosUkrainianLabel() {
    String escoLabel =
        "брат медичний, відповідальний за загальний догляд/сестра медична, відповідальна за"
            + " загальний догляд";
    EscoConcept nurse = nurse();
    Map<String, LocalizedLabels> labels =
        Map.of(
            "de",
            nurse.labels("de").orElseThrow(),
            "uk",
            new LocalizedLabels(escoLabel, List.of(), List.of(), ""));
    EscoConcept withUkrainian =
        new EscoConcept(
            NURSE, ConceptType.OCCUPATION, labels, "", "", "2221.1", "2221", "released", "", "");
    LabelSearchIndex index = LabelSearchIndex.build(List.of(SYNONYMS.addTo(withUkrainian)));

    for (String word : List.of("медсестра", "Медсестра", "медбрат")) {
      assertThat(index.search(word, "uk", 5))
          .singleElement()
          .satisfies(hit -> assertThat(hit.label().text()).isEqualTo(escoLabel));
    }
    assertThat(LabelSearchIndex.build(List.of(withUkrainian)).search("медсестра", "uk", 5))
        .isEmpty();
  }

  @Test
  void withoutTheSynonymTheWordFindsNothing() {
    assertThat(LabelSearchIndex.build(List.of(nurse())).search("Pflegefachkraft", "de", 5))
        .isEmpty();
  }

  @Test
  void conceptsWithoutSynonymsStayAsTheyAreAndNoLanguageIsInvented() {
    EscoConcept other =
        new EscoConcept(
            "http://data.europa.eu/esco/occupation/other",
            ConceptType.OCCUPATION,
            Map.of("en", new LocalizedLabels("baker", List.of(), List.of(), "")),
            "",
            "",
            "",
            "",
            "",
            "",
            "");
    assertThat(SYNONYMS.addTo(other)).isSameAs(other);
    EscoConcept englishOnlyNurse =
        new EscoConcept(
            NURSE,
            ConceptType.OCCUPATION,
            Map.of("en", new LocalizedLabels("nurse", List.of(), List.of(), "")),
            "",
            "",
            "",
            "",
            "",
            "",
            "");
    assertThat(SYNONYMS.addTo(englishOnlyNurse).labels()).containsOnlyKeys("en");
    assertThat(SYNONYMS.size()).as("three German, two Ukrainian words").isEqualTo(5);
  }
}
