package org.talentbruecke.reference.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.LocalizedLabels;

/** Ranking, fallback labels, typo limits and filters on a small hand-made vocabulary. */
class LabelSearchIndexTest {

  private static final String COOK = "http://data.europa.eu/esco/occupation/cook";
  private static final String SHIP_COOK = "http://data.europa.eu/esco/occupation/ship-cook";
  private static final String COOKING_TECHNIQUES =
      "http://data.europa.eu/esco/skill/cooking-techniques";
  private static final String COOK_FOOD = "http://data.europa.eu/esco/skill/cook-food";

  private final LabelSearchIndex index =
      LabelSearchIndex.build(
          List.of(
              occupation(
                  COOK,
                  "5120",
                  labels("de", "Koch/Köchin", "Küchenchef"),
                  labels("en", "cook", "chef")),
              occupation(
                  SHIP_COOK,
                  "5120",
                  labels("de", "Schiffskoch/Schiffsköchin", "Koch"),
                  labels("en", "ship's cook")),
              skill(
                  COOKING_TECHNIQUES,
                  labels("de", "Kochtechniken nutzen"),
                  labels("en", "use cooking techniques")),
              skill(COOK_FOOD, labels("en", "cook food"))));

  @Test
  void preferredLabelsStartingWithTheQueryComeBeforeAnAlternativeLabelEqualToIt() {
    assertThat(uris(index.search("koch", "de", 10)))
        .containsExactly(COOK, COOKING_TECHNIQUES, SHIP_COOK);
    assertThat(index.search("koch", "de", 10))
        .extracting(SearchHit::match)
        .containsExactly(MatchKind.PREFIX, MatchKind.PREFIX, MatchKind.EXACT);
  }

  @Test
  void exactPreferredLabelBeatsPreferredLabelThatOnlyStartsWithTheQuery() {
    assertThat(uris(index.search("cook", "en", 10))).startsWith(COOK, COOK_FOOD);
  }

  @Test
  void umlautsMatchWhetherTypedOrWrittenOut() {
    assertThat(uris(index.search("Köchin", "de", 10))).startsWith(COOK);
    assertThat(uris(index.search("koechin", "de", 10))).startsWith(COOK);
    assertThat(uris(index.search("KUECHENCHEF", "de", 10))).containsExactly(COOK);
  }

  @Test
  void showsTheRequestedLanguageAndMarksAFallback() {
    SearchHit viaEnglish = index.search("chef", "de", 1).get(0);
    assertThat(viaEnglish.label()).isEqualTo(new LocalizedLabel("Koch/Köchin", "de"));
    assertThat(viaEnglish.fallback()).isFalse();
    assertThat(viaEnglish.matchedLabel()).isEqualTo(new LocalizedLabel("chef", "en"));

    SearchHit englishOnly = index.search("cook food", "de", 1).get(0);
    assertThat(englishOnly.uri()).isEqualTo(COOK_FOOD);
    assertThat(englishOnly.label()).isEqualTo(new LocalizedLabel("cook food", "en"));
    assertThat(englishOnly.fallback()).isTrue();
  }

  @Test
  void findsAStoredUriWithItsLabelInTheRequestedLanguageOrAFallback() {
    SearchHit cook = index.find(COOK, "de").orElseThrow();
    assertThat(cook.label()).isEqualTo(new LocalizedLabel("Koch/Köchin", "de"));
    assertThat(cook.fallback()).isFalse();
    assertThat(index.find(COOK_FOOD, "uk").orElseThrow().fallback()).isTrue();
    assertThat(index.find("http://data.europa.eu/esco/skill/unknown", "de")).isEmpty();
    assertThat(index.find(null, "de")).isEmpty();
  }

  @Test
  void occupationsCarryTheirIscoCodes() {
    SearchHit hit = index.search("Schiffskoch", "de", 1).get(0);

    assertThat(hit.type()).isEqualTo(ConceptType.OCCUPATION);
    assertThat(hit.iscoGroupCode()).isEqualTo("5120");
    assertThat(hit.code()).isEqualTo("5120.1");
  }

  @Test
  void typoToleranceGrowsWithWordLength() {
    assertThat(uris(index.search("kich", "de", 10))).as("4 letters, 1 edit").contains(COOK);
    assertThat(index.search("kco", "de", 10)).as("3 letters: no typo tolerance").isEmpty();
    assertThat(uris(index.search("Schifskoch", "de", 10))).as("1 edit").containsExactly(SHIP_COOK);
    assertThat(uris(index.search("Schifskch", "de", 10)))
        .as("9 letters, 2 edits")
        .containsExactly(SHIP_COOK);
    assertThat(index.search("Schfsko", "de", 10)).as("7 letters, 2 edits").isEmpty();
    assertThat(index.search("Schiffskoch", "de", 10))
        .extracting(SearchHit::match)
        .containsExactly(MatchKind.PREFIX);
    assertThat(index.search("Schifskoch", "de", 10))
        .extracting(SearchHit::match)
        .containsExactly(MatchKind.FUZZY);
  }

  @Test
  void everyWordMustMatchInTheSameLabelInAnyOrder() {
    assertThat(uris(index.search("nutzen koch", "de", 10))).containsExactly(COOKING_TECHNIQUES);
    assertThat(index.search("koch englisch", "de", 10)).isEmpty();
  }

  @Test
  void filtersByTypeAndLimits() {
    assertThat(uris(index.search("koch", "de", EnumSet.of(ConceptType.SKILL), 10)))
        .containsExactly(COOKING_TECHNIQUES);
    assertThat(index.search("koch", "de", 2)).hasSize(2);
    assertThat(index.search("  /- ", "de", 10)).isEmpty();
    assertThat(index.search("koch", "de", 0)).isEmpty();
  }

  @Test
  void indexesOnlyTheRequestedTypesAndLanguages() {
    LabelSearchIndex englishSkills =
        LabelSearchIndex.build(
            List.of(
                skill(COOK_FOOD, labels("en", "cook food")),
                skill(COOKING_TECHNIQUES, labels("de", "Kochtechniken nutzen")),
                occupation(COOK, "5120", labels("en", "cook"))),
            EnumSet.of(ConceptType.SKILL),
            List.of("en"));

    assertThat(englishSkills.conceptCount()).isEqualTo(1);
    assertThat(englishSkills.labelCount()).isEqualTo(1);
    assertThat(englishSkills.search("kochtechniken", "de", 10)).isEmpty();
  }

  private static List<String> uris(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::uri).toList();
  }

  private static Map.Entry<String, LocalizedLabels> labels(
      String language, String preferred, String... alternatives) {
    return Map.entry(
        language, new LocalizedLabels(preferred, List.of(alternatives), List.of(), ""));
  }

  @SafeVarargs
  private static EscoConcept occupation(
      String uri, String isco, Map.Entry<String, LocalizedLabels>... labels) {
    return new EscoConcept(
        uri, ConceptType.OCCUPATION, map(labels), "", "", isco + ".1", isco, "released", "", "");
  }

  @SafeVarargs
  private static EscoConcept skill(String uri, Map.Entry<String, LocalizedLabels>... labels) {
    return new EscoConcept(
        uri,
        ConceptType.SKILL,
        map(labels),
        "skill/competence",
        "cross-sector",
        "",
        "",
        "released",
        "",
        "");
  }

  @SafeVarargs
  private static Map<String, LocalizedLabels> map(Map.Entry<String, LocalizedLabels>... labels) {
    Map<String, LocalizedLabels> map = new LinkedHashMap<>();
    for (Map.Entry<String, LocalizedLabels> entry : labels) {
      map.put(entry.getKey(), entry.getValue());
    }
    return map;
  }
}
