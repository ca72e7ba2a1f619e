package org.talentbruecke.reference.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.infrastructure.esco.EscoDistributionReader;
import org.talentbruecke.reference.infrastructure.esco.EscoFixture;

/** Search over real ESCO labels from the test fixture, read through the importer. */
class FixtureSearchTest {

  private static LabelSearchIndex index;

  @BeforeAll
  static void buildIndex() throws Exception {
    index =
        LabelSearchIndex.build(
            new EscoDistributionReader().read(EscoFixture.original()).concepts());
  }

  @Test
  void altenpflegeFindsTheCareSkillAndTheNurseKnownAsAltenpfleger() {
    List<SearchHit> hits = index.search("altenpflege", "de", 10);

    assertThat(uris(hits))
        .containsExactlyInAnyOrder(
            EscoFixture.RESIDENTIAL_CARE_SKILL, EscoFixture.SPECIALIST_NURSE);
    assertThat(hits)
        .filteredOn(h -> h.uri().equals(EscoFixture.SPECIALIST_NURSE))
        .singleElement()
        .satisfies(h -> assertThat(h.matchedLabel().text()).isEqualTo("Altenpfleger"));
  }

  @Test
  void krankenpflegerFindsTheNurseByItsAlternativeLabel() {
    SearchHit first = index.search("krankenpfleger", "de", 10).get(0);

    assertThat(first.uri()).isEqualTo(EscoFixture.NURSE);
    assertThat(first.label().text())
        .isEqualTo("Gesundheits- und Krankenpfleger/Gesundheits- und Krankenschwester");
    assertThat(first.match()).isEqualTo(MatchKind.EXACT);
    assertThat(first.matchedLabel()).isEqualTo(new LocalizedLabel("Krankenpfleger", "de"));
  }

  @Test
  void baeckerFindsBaeckerWithItsIscoCodeHoweverTheUmlautIsWritten() {
    for (String query : List.of("baecker", "Bäcker", "BÄCKER", "bäck")) {
      SearchHit first = index.search(query, "de", 5).get(0);
      assertThat(first.uri()).as(query).isEqualTo(EscoFixture.BAKER);
      assertThat(first.label()).isEqualTo(new LocalizedLabel("Bäcker/Bäckerin", "de"));
      assertThat(first.iscoGroupCode()).isEqualTo("7512");
    }
  }

  @Test
  void typoKrankenpflgerStillFindsTheNurse() {
    List<SearchHit> hits = index.search("Krankenpflger", "de", 10);

    assertThat(uris(hits)).contains(EscoFixture.NURSE);
    assertThat(hits).allSatisfy(h -> assertThat(h.match()).isEqualTo(MatchKind.FUZZY));
  }

  @Test
  void englishQueriesFindTheSameConceptsAndShowEnglishLabels() {
    SearchHit baker = index.search("baker", "en", 5).get(0);
    assertThat(baker.uri()).isEqualTo(EscoFixture.BAKER);
    assertThat(baker.label()).isEqualTo(new LocalizedLabel("baker", "en"));

    SearchHit nurseInGerman = index.search("support nurses", "de", 5).get(0);
    assertThat(nurseInGerman.uri()).isEqualTo(EscoFixture.SUPPORT_NURSES);
    assertThat(nurseInGerman.label())
        .isEqualTo(new LocalizedLabel("Krankenpflegepersonal unterstützen", "de"));
  }

  @Test
  void typeAheadPrefixesFindSkillsAndOccupations() {
    assertThat(uris(index.search("Krankenpfl", "de", 10)))
        .contains(EscoFixture.NURSE, EscoFixture.SUPPORT_NURSES);
    assertThat(uris(index.search("backw", "de", 10)))
        .containsExactly(EscoFixture.PREPARE_BAKERY_PRODUCTS, EscoFixture.BAKER);
    assertThat(uris(index.search("prepare bak", "en", 10)))
        .containsExactly(EscoFixture.PREPARE_BAKERY_PRODUCTS);
  }

  private static List<String> uris(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::uri).toList();
  }
}
