package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.geo.CommuteEstimate;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

class MunicipalityCatalogTest {

  private static final String HANNOVER = "03241001";
  private static final String BURGDORF = "03241003";

  private static MunicipalityCatalog catalog;

  @BeforeAll
  static void load() {
    catalog = ReferenceFiles.municipalities();
  }

  @Test
  void loadsAllTwentyOneMunicipalitiesWithDistinctKeysAndNames() {
    List<Municipality> all = catalog.all();
    assertThat(all).hasSize(21);
    assertThat(all)
        .extracting(Municipality::ags)
        .doesNotHaveDuplicates()
        .allMatch(ags -> ags.startsWith("03241"));
    assertThat(all)
        .extracting(Municipality::name)
        .doesNotHaveDuplicates()
        .contains(
            "Hannover",
            "Barsinghausen",
            "Neustadt am Rübenberge",
            "Wennigsen (Deister)",
            "Wunstorf");
  }

  @Test
  void keysAreNumberedOneToTwentyOneInAlphabeticalOrderAfterHannover() {
    List<Municipality> all = catalog.all();
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).ags()).isEqualTo(String.format("03241%03d", i + 1));
    }
    List<String> others = all.subList(1, all.size()).stream().map(Municipality::name).toList();
    assertThat(others).isSorted();
  }

  @Test
  void hannoverToBurgdorfIsAboutTwentyKilometres() {
    assertThat(catalog.distanceKm(HANNOVER, BURGDORF)).isBetween(18.0, 25.0);
  }

  @Test
  void everyMunicipalityLiesWithinTheRegion() {
    Municipality hannover = catalog.byAgs(HANNOVER).orElseThrow();
    // Region Hannover spans roughly 60 km; a larger distance would reveal a typo in the
    // coordinates.
    for (Municipality m : catalog.all()) {
      assertThat(hannover.distanceKmTo(m)).as(m.name()).isLessThan(40.0);
      assertThat(m.centre().latitude()).isBetween(52.15, 52.60);
      assertThat(m.centre().longitude()).isBetween(9.35, 10.25);
    }
  }

  @Test
  void postcodeLookup() {
    assertThat(catalog.byPostcode("30159")).map(Municipality::name).contains("Hannover");
    assertThat(catalog.byPostcode("31303")).map(Municipality::name).contains("Burgdorf");
    assertThat(catalog.byPostcode("30855")).map(Municipality::name).contains("Langenhagen");
    assertThat(catalog.byPostcode(" 30974 "))
        .map(Municipality::name)
        .contains("Wennigsen (Deister)");
    assertThat(catalog.byPostcode("10115")).isEmpty();
    assertThat(catalog.byPostcode(null)).isEmpty();
  }

  @Test
  void nameLookupIgnoresCaseAccentsAndSuffix() {
    assertThat(catalog.byName("hannover")).map(Municipality::ags).contains(HANNOVER);
    assertThat(catalog.byName("Neustadt am Rubenberge")).isPresent();
    assertThat(catalog.byName("Wennigsen")).map(Municipality::ags).contains("03241020");
    assertThat(catalog.byName("Hildesheim")).isEmpty();
  }

  @Test
  void commuteEstimatesArePlausible() {
    CommuteEstimate estimate = catalog.commute(BURGDORF, HANNOVER);
    assertThat(estimate.distanceKm()).isBetween(18.0, 25.0);
    assertThat(estimate.carMinutes()).isBetween(25, 50);
    assertThat(estimate.publicTransportMinutes()).isBetween(40, 70);
    CommuteEstimate farthest = catalog.commute("03241018", "03241017");
    assertThat(farthest.publicTransportMinutes()).isGreaterThan(estimate.publicTransportMinutes());
  }
}
