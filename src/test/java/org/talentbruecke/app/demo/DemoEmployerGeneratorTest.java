package org.talentbruecke.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.domain.adcheck.AdCheck;
import org.talentbruecke.opening.domain.adcheck.AdText;
import org.talentbruecke.opening.domain.adcheck.Language;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.domain.geo.Municipality;

/** Generated demo employers: the same for the same seed, spread over the region, fair ads only. */
class DemoEmployerGeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final List<Municipality> PLACES = ShippedCatalogs.municipalities().all();

  /** The employers with the openings typical of their sectors, as before the number was set. */
  private static List<DemoEmployerGenerator.DemoEmployer> typical(long seed, int size) {
    return DemoEmployerGenerator.typical(seed, size, PLACES, TODAY);
  }

  private static int openings(List<DemoEmployerGenerator.DemoEmployer> employers) {
    return employers.stream().mapToInt(e -> e.openings().size()).sum();
  }

  @Test
  void theDefaultNumberOfOpeningsIsWhatTheDefaultEmployersTypicallyPublish() {
    assertThat(openings(typical(2026, 27))).isEqualTo(DemoSettings.DEFAULT_OPENINGS);
    assertThat(
            DemoEmployerGenerator.generate(2026, 27, DemoSettings.DEFAULT_OPENINGS, PLACES, TODAY))
        .isEqualTo(typical(2026, 27));
  }

  @Test
  void moreOpeningsAreAddedInTurnsAfterTheTypicalOnes() {
    List<DemoEmployerGenerator.DemoEmployer> typical = typical(2026, 27);
    List<DemoEmployerGenerator.DemoEmployer> many =
        DemoEmployerGenerator.generate(2026, 27, 20_000, PLACES, TODAY);
    assertThat(openings(many)).isEqualTo(20_000);
    for (int i = 0; i < typical.size(); i++) {
      assertThat(many.get(i).name()).isEqualTo(typical.get(i).name());
      assertThat(many.get(i).openings())
          .startsWith(typical.get(i).openings().toArray(OpeningInput[]::new));
      // Fair shares: no employer has more than one opening above another's extra share.
      assertThat(many.get(i).openings().size() - typical.get(i).openings().size())
          .isBetween((20_000 - openings(typical)) / 27, (20_000 - openings(typical)) / 27 + 1);
    }
    assertThat(many.stream().flatMap(e -> e.openings().stream()))
        .allSatisfy(o -> assertThat(o.municipality()).matches("03241\\d{3}"));
  }

  @Test
  void fewerOpeningsAreTakenFromTheLastEmployersAndEveryoneKeepsOneWhileEnough() {
    List<DemoEmployerGenerator.DemoEmployer> few =
        DemoEmployerGenerator.generate(2026, 27, 30, PLACES, TODAY);
    assertThat(openings(few)).isEqualTo(30);
    assertThat(few).allSatisfy(e -> assertThat(e.openings()).isNotEmpty());
    assertThat(few.get(0).openings()).isEqualTo(typical(2026, 27).get(0).openings());
    List<DemoEmployerGenerator.DemoEmployer> ten =
        DemoEmployerGenerator.generate(2026, 27, 10, PLACES, TODAY);
    assertThat(openings(ten)).isEqualTo(10);
    assertThat(ten.subList(0, 10)).allSatisfy(e -> assertThat(e.openings()).hasSize(1));
    assertThat(openings(DemoEmployerGenerator.generate(2026, 27, 0, PLACES, TODAY))).isZero();
  }

  @Test
  void theSameSeedGivesTheSameEmployers() {
    assertThat(typical(7, 30)).isEqualTo(typical(7, 30));
    assertThat(typical(7, 30)).isNotEqualTo(typical(8, 30));
  }

  @Test
  void everyMunicipalityHasEmployersAndNamesAreUnique() {
    List<DemoEmployerGenerator.DemoEmployer> employers = typical(2026, 200);
    assertThat(employers).hasSize(200);
    assertThat(employers.stream().map(e -> e.profile().municipality()).distinct())
        .containsExactlyInAnyOrderElementsOf(PLACES.stream().map(Municipality::ags).toList());
    Set<String> names = new HashSet<>();
    employers.forEach(e -> assertThat(names.add(e.name())).as(e.name()).isTrue());
    assertThat(employers).allSatisfy(e -> assertThat(e.openings()).isNotEmpty());
  }

  @Test
  void everySectorOfTheIssueIsThere() {
    List<String> names =
        typical(2026, 9).stream().map(DemoEmployerGenerator.DemoEmployer::name).toList();
    assertThat(String.join("|", names))
        .contains("Seniorenzentrum")
        .contains("Klinikum")
        .contains("Logistikzentrum")
        .contains("Tischlerei")
        .contains("Hotel")
        .contains("Software")
        .contains("Metallbau")
        .contains("Markt");
  }

  @Test
  void generatedAdsPassTheFairAdCheck() {
    AdCheck check = AdCheck.standard();
    typical(2026, 27)
        .forEach(
            e ->
                e.openings()
                    .forEach(
                        o ->
                            assertThat(
                                    check.check(
                                        new AdText(o.title(), o.description(), null), Language.DE))
                                .as(o.title())
                                .isEmpty()));
  }
}
