package org.talentbruecke.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.opening.domain.Municipality;
import org.talentbruecke.opening.domain.adcheck.AdCheck;
import org.talentbruecke.opening.domain.adcheck.AdText;
import org.talentbruecke.opening.domain.adcheck.Language;

/** Generated demo employers: the same for the same seed, spread over the region, fair ads only. */
class DemoEmployerGeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void theSameSeedGivesTheSameEmployers() {
    assertThat(DemoEmployerGenerator.generate(7, 30, TODAY))
        .isEqualTo(DemoEmployerGenerator.generate(7, 30, TODAY));
    assertThat(DemoEmployerGenerator.generate(7, 30, TODAY))
        .isNotEqualTo(DemoEmployerGenerator.generate(8, 30, TODAY));
  }

  @Test
  void everyMunicipalityHasEmployersAndNamesAreUnique() {
    List<DemoEmployerGenerator.DemoEmployer> employers =
        DemoEmployerGenerator.generate(2026, 200, TODAY);
    assertThat(employers).hasSize(200);
    assertThat(employers.stream().map(e -> e.profile().municipality()).distinct())
        .containsExactlyInAnyOrderElementsOf(Municipality.all().keySet());
    Set<String> names = new HashSet<>();
    employers.forEach(e -> assertThat(names.add(e.name())).as(e.name()).isTrue());
    assertThat(employers).allSatisfy(e -> assertThat(e.openings()).isNotEmpty());
  }

  @Test
  void everySectorOfTheIssueIsThere() {
    List<String> names =
        DemoEmployerGenerator.generate(2026, 9, TODAY).stream()
            .map(DemoEmployerGenerator.DemoEmployer::name)
            .toList();
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
    DemoEmployerGenerator.generate(2026, 27, TODAY)
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
