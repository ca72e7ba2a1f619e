package org.talentbruecke.region.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.region.application.RegionDashboard.GermanRow;
import org.talentbruecke.region.application.RegionDashboard.LanguageRow;
import org.talentbruecke.region.domain.DashboardFilter;
import org.talentbruecke.region.domain.Figure;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

class RegionDashboardServiceTest {
  private static final String HANNOVER = "03241001";
  private static final String BARSINGHAUSEN = "03241002";
  private static final String BURGDORF = "03241003";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  /** Raw counts made by hand; with an ISCO filter the test answers {@code withIsco}. */
  private static final class FakeCounts implements RegionCounts {
    Raw all = empty();
    Raw withIsco = empty();
    Integer askedIsco;

    @Override
    public Raw read(LocalDate from, LocalDate to, Integer iscoMajor, LocalDate stalledBefore) {
      askedIsco = iscoMajor;
      return iscoMajor == null ? all : withIsco;
    }
  }

  static RegionCounts.Raw empty() {
    return new RegionCounts.Raw(
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable(),
        new CountTable());
  }

  private final FakeCounts counts = new FakeCounts();
  private final RegionDashboardService service =
      new RegionDashboardService(counts, ShippedCatalogs.municipalities(), CLOCK);

  private List<String> refusedFields(String from, String to, String municipality, String isco) {
    try {
      service.filter(from, to, municipality, isco);
    } catch (ValidationFailure e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    return List.of();
  }

  @Test
  void emptyParametersMeanTodayForTheWholeRegion() {
    DashboardFilter f = service.filter(null, "", " ", null);
    assertThat(f.from()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(f.to()).isEqualTo(f.from());
    assertThat(f.municipality()).isNull();
    assertThat(f.iscoMajor()).isNull();
    assertThat(service.filter("2026-01-01", null, HANNOVER, "2"))
        .isEqualTo(
            new DashboardFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 3), HANNOVER, 2));
  }

  @Test
  void badParametersAreNamed() {
    assertThat(refusedFields("2026-06-01", "2026-05-01", null, null)).containsExactly("from");
    assertThat(refusedFields("yesterday", null, null, null)).containsExactly("from");
    assertThat(refusedFields(null, "2026-13-01", null, null)).containsExactly("to");
    assertThat(refusedFields(null, null, "99999999", null)).containsExactly("municipality");
    assertThat(refusedFields(null, null, null, "10")).containsExactly("iscoMajor");
    assertThat(refusedFields(null, null, null, "x")).containsExactly("iscoMajor");
    assertThat(refusedFields("2026-06-01", "2026-05-01", "nowhere", "-1"))
        .containsExactly("from", "municipality", "iscoMajor");
    assertThatThrownBy(() -> service.filter(null, null, "nowhere", null))
        .isInstanceOf(ValidationFailure.class)
        .hasMessageContaining("region.error.municipality");
  }

  @Test
  void smallGroupsOfJobSeekersAreSuppressedButOpeningsAreNot() {
    counts.all.people().add("all", HANNOVER, 40).add("all", BARSINGHAUSEN, 3);
    counts.all.peopleByLanguage().add("is", HANNOVER, 2).add("ar", HANNOVER, 30);
    counts.all.openingsByLanguage().add("is", HANNOVER, 1);
    RegionDashboard d = service.dashboard(service.filter(null, null, null, null));
    LanguageRow icelandic = language(d, "is");
    assertThat(icelandic.jobSeekers().suppressed()).isTrue();
    assertThat(icelandic.openings()).isEqualTo(1);
    assertThat(language(d, "ar").jobSeekers()).isEqualTo(Figure.of(30));
    // 43 in the region, 3 of them in Barsinghausen: the region's total is shown, Barsinghausen
    // not, and neither is Hannover (43 - 40 would give the 3 away).
    assertThat(d.jobSeekers()).isEqualTo(Figure.of(43));
    assertThat(
            service.dashboard(service.filter(null, null, HANNOVER, null)).jobSeekers().suppressed())
        .isTrue();
    assertThat(
            service
                .dashboard(service.filter(null, null, BARSINGHAUSEN, null))
                .jobSeekers()
                .suppressed())
        .isTrue();
  }

  @Test
  void theRegionMinusTheOtherMunicipalitiesNeverRevealsAHiddenOne() {
    counts
        .all
        .people()
        .add("all", HANNOVER, 100)
        .add("all", BARSINGHAUSEN, 50)
        .add("all", BURGDORF, 50);
    counts
        .all
        .peopleByLanguage()
        .add("fa", HANNOVER, 25)
        .add("fa", BARSINGHAUSEN, 2)
        .add("fa", BURGDORF, 30);
    long region =
        language(service.dashboard(service.filter(null, null, null, null)), "fa")
            .jobSeekers()
            .value();
    long shownElsewhere = 0;
    int hidden = 0;
    for (String m : List.of(HANNOVER, BARSINGHAUSEN, BURGDORF)) {
      Figure f =
          language(service.dashboard(service.filter(null, null, m, null)), "fa").jobSeekers();
      if (f.suppressed()) {
        hidden++;
      } else {
        shownElsewhere += f.value();
      }
    }
    assertThat(region).isEqualTo(57);
    assertThat(hidden).as("the 2 and at least one more").isGreaterThanOrEqualTo(2);
    assertThat(region - shownElsewhere).isGreaterThanOrEqualTo(10);
  }

  /**
   * With an ISCO filter a figure next to the same figure without it would reveal the people outside
   * the group: 20 Farsi speakers in Hannover, 18 of them in ISCO group 2.
   */
  @Test
  void aFilteredFigureIsHiddenWhenItsDifferenceToTheUnfilteredOneIsSmall() {
    counts.all.people().add("all", HANNOVER, 100).add("all", BURGDORF, 100);
    counts.all.peopleByLanguage().add("fa", HANNOVER, 20).add("fa", BURGDORF, 20);
    counts.withIsco.people().add("all", HANNOVER, 60).add("all", BURGDORF, 60);
    counts.withIsco.peopleByLanguage().add("fa", HANNOVER, 18).add("fa", BURGDORF, 10);
    Figure unfiltered =
        language(service.dashboard(service.filter(null, null, HANNOVER, null)), "fa").jobSeekers();
    Figure filtered =
        language(service.dashboard(service.filter(null, null, HANNOVER, "2")), "fa").jobSeekers();
    assertThat(unfiltered).isEqualTo(Figure.of(20));
    assertThat(filtered.suppressed()).isTrue();
    // ...and Burgdorf goes with it, or the region's 28 minus Burgdorf's 10 would give the 18.
    assertThat(
            language(service.dashboard(service.filter(null, null, BURGDORF, "2")), "fa")
                .jobSeekers()
                .suppressed())
        .isTrue();
  }

  @Test
  void aOneLevelCourseUnlocksThePeopleAtALevelTimesTheOpeningsAtTheNext() {
    counts.all.people().add("all", HANNOVER, 60);
    counts
        .all
        .peopleByGermanLevel()
        .add("A2", HANNOVER, 20)
        .add("B1", HANNOVER, 30)
        .add("NONE", HANNOVER, 10);
    counts
        .all
        .openingsByGermanLevel()
        .add("B1", HANNOVER, 4)
        .add("B2", HANNOVER, 2)
        .add("NONE", HANNOVER, 7);
    RegionDashboard d = service.dashboard(service.filter(null, null, null, null));
    GermanRow a2 = german(d, "A2");
    assertThat(a2.jobSeekers()).isEqualTo(Figure.of(20));
    assertThat(a2.openingsRequiringNextLevel()).isEqualTo(4);
    assertThat(a2.unlockedMatches()).isEqualTo(Figure.of(80));
    assertThat(german(d, "B1").unlockedMatches()).isEqualTo(Figure.of(60));
    assertThat(german(d, "NONE").openingsRequiring()).isEqualTo(7);
    assertThat(german(d, "C2").openingsRequiringNextLevel()).isZero();
    assertThat(d.matchesUnlockedByOneLevel()).isEqualTo(Figure.of(140));
  }

  @Test
  void unlockedMatchesAreSuppressedWithThePeopleTheyWouldGiveAway() {
    counts.all.people().add("all", HANNOVER, 60);
    counts.all.peopleByGermanLevel().add("A2", HANNOVER, 3).add("B1", HANNOVER, 57);
    counts.all.openingsByGermanLevel().add("B1", HANNOVER, 4);
    RegionDashboard d = service.dashboard(service.filter(null, null, null, null));
    assertThat(german(d, "A2").unlockedMatches().suppressed()).isTrue();
    assertThat(german(d, "B1").jobSeekers().suppressed()).as("60 - 3 would be 57").isTrue();
    assertThat(d.matchesUnlockedByOneLevel().suppressed()).isTrue();
  }

  @Test
  void thePipelineFunnelAddsUpTheLaterStages() {
    counts
        .all
        .casesByStage()
        .add("SUGGESTED", HANNOVER, 40)
        .add("CONTACTED", HANNOVER, 12)
        .add("INTERVIEWED", HANNOVER, 6)
        .add("HIRED", HANNOVER, 5);
    RegionDashboard d = service.dashboard(service.filter(null, null, null, null));
    assertThat(d.pipeline().get(0).reachedAtLeast()).isEqualTo(Figure.of(63));
    assertThat(d.pipeline().get(1).reachedAtLeast()).isEqualTo(Figure.of(23));
    assertThat(d.pipeline().get(3).reachedAtLeast()).isEqualTo(Figure.of(5));
    counts.all.casesByStage().add("HIRED", BURGDORF, 2);
    RegionDashboard withSmall = service.dashboard(service.filter(null, null, null, null));
    assertThat(withSmall.pipeline().get(3).reachedAtLeast().suppressed())
        .as("5 in Hannover, 2 in Burgdorf: shown as 7 the region would reveal Burgdorf's 2")
        .isTrue();
  }

  @Test
  void gapsArePositionsMinusJobSeekersAndSortedBiggestFirst() {
    counts.all.people().add("all", HANNOVER, 100);
    counts
        .all
        .peopleByOccupationGroup()
        .add("22", HANNOVER, 10)
        .add("51", HANNOVER, 40)
        .add("72", HANNOVER, 20);
    counts
        .all
        .positionsByOccupationGroup()
        .add("22", HANNOVER, 35)
        .add("51", HANNOVER, 5)
        .add("72", HANNOVER, 25);
    RegionDashboard d = service.dashboard(service.filter(null, null, null, null));
    assertThat(d.biggestGaps())
        .extracting(RegionDashboard.OccupationRow::iscoGroup)
        .containsExactly("22", "72");
    assertThat(d.biggestGaps().get(0).gap()).isEqualTo(Figure.of(25));
    assertThat(d.biggestUnusedSupply())
        .extracting(RegionDashboard.OccupationRow::iscoGroup)
        .containsExactly("51");
  }

  private static LanguageRow language(RegionDashboard d, String code) {
    return d.languages().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
  }

  private static GermanRow german(RegionDashboard d, String level) {
    return d.german().stream().filter(g -> g.level().equals(level)).findFirst().orElseThrow();
  }
}
