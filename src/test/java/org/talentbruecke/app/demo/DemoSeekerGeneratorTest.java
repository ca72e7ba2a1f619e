package org.talentbruecke.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.ShippedCatalogs;

/**
 * Generated job seekers from the shipped ESCO occupations: deterministic, varied, covering the
 * region.
 */
class DemoSeekerGeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final List<String> MUNICIPALITIES =
      DemoSeekers.municipalities(ShippedCatalogs.municipalities());

  private static List<DemoSeeker> people(long seed, int size) {
    DemoSeekerGenerator generator =
        new DemoSeekerGenerator(seed, ShippedEsco.occupationPool(), MUNICIPALITIES, TODAY);
    return IntStream.range(0, size).mapToObj(generator::seeker).toList();
  }

  @Test
  void theOccupationsComeFromTheShippedEscoDataWithTheirEssentialSkills() {
    List<DemoOccupation> pool = ShippedEsco.occupationPool();

    assertThat(pool).hasSizeGreaterThan(100);
    assertThat(pool).extracting(DemoOccupation::uri).contains(DemoProfile.NURSE);
    assertThat(pool)
        .allSatisfy(o -> assertThat(o.essentialSkills()).hasSizeGreaterThanOrEqualTo(3));
  }

  @Test
  void theSameSeedGivesTheSamePeople() {
    assertThat(people(42, 200)).isEqualTo(people(42, 200));
  }

  @Test
  void eachPersonDependsOnlyOnSeedAndIndexSoARunCanBeContinued() {
    DemoSeekerGenerator generator =
        new DemoSeekerGenerator(42, ShippedEsco.occupationPool(), MUNICIPALITIES, TODAY);
    assertThat(generator.seeker(150)).isEqualTo(people(42, 200).get(150));
  }

  @Test
  void anotherSeedGivesOtherPeople() {
    List<DemoSeeker> first = people(1, 200);
    List<DemoSeeker> second = people(2, 200);
    long same =
        IntStream.range(0, 200)
            .filter(
                i ->
                    first.get(i).displayName().equals(second.get(i).displayName())
                        && first.get(i).profile().equals(second.get(i).profile()))
            .count();
    assertThat(same).isZero();
  }

  @Test
  void twoHundredPeopleLiveInAll21MunicipalitiesAndCoverEveryRecognitionState() {
    List<DemoSeeker> people = people(20261125, 200);

    assertThat(
            people.stream()
                .map(p -> p.profile().availability().municipality())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(
            ShippedCatalogs.municipalities().all().stream().map(m -> m.ags()).toList())
        .hasSize(21);
    assertThat(
            people.stream()
                .flatMap(p -> p.profile().qualifications().stream())
                .map(q -> q.recognition().status())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "NOT_STARTED", "APPLIED", "FULL_EQUIVALENCE", "PARTIAL_EQUIVALENCE", "NOT_EQUIVALENT");
    // A partial equivalence with each kind of compensation measure, too.
    assertThat(
            people.stream()
                .flatMap(p -> p.profile().qualifications().stream())
                .map(q -> q.recognition().measure())
                .collect(Collectors.toSet()))
        .contains("ADAPTATION_PERIOD", "APTITUDE_OR_KNOWLEDGE_EXAM");
  }

  @Test
  void originsLanguagesAndGermanLevelsAreVaried() {
    List<DemoSeeker> people = people(20261125, 200);

    Set<String> motherTongues =
        people.stream()
            .flatMap(p -> p.profile().languages().stream())
            .filter(ProfileData.Language::motherTongue)
            .map(ProfileData.Language::code)
            .collect(Collectors.toSet());
    assertThat(motherTongues)
        .contains("ar", "uk", "tr", "prs", "fa", "ru", "pl", "ro", "en", "ti", "kmr", "ckb");
    Set<String> germanSpeaking =
        people.stream()
            .flatMap(p -> p.profile().languages().stream())
            .filter(l -> l.code().equals("de"))
            .map(l -> l.levels().get("SPOKEN_INTERACTION"))
            .collect(Collectors.toSet());
    assertThat(germanSpeaking).contains("A1", "A2", "B1", "B2", "C1");
    assertThat(
            people.stream().map(p -> p.profile().occupations().get(0).escoUri()).distinct().count())
        .isGreaterThan(50);
    assertThat(people.stream().map(DemoSeeker::displayName).distinct().count()).isGreaterThan(150);
  }

  @Test
  void addressesAreUniqueUnderTheReservedTestDomain() {
    List<DemoSeeker> people = people(20261125, 1000);

    assertThat(people.stream().map(DemoSeeker::email).distinct().count()).isEqualTo(1000);
    assertThat(people)
        .allSatisfy(
            p ->
                assertThat(p.email())
                    .matches("[a-z0-9]+\\.[a-z0-9]+\\.\\d{6}@seekers\\.demo\\.test"));
    assertThat(DemoSeekerGenerator.ascii("Ayşe")).isEqualTo("ayse");
    assertThat(DemoSeekerGenerator.ascii("Łukasz")).isEqualTo("lukasz");
    assertThat(DemoSeekerGenerator.ascii("Al-Rubaie")).isEqualTo("alrubaie");
  }
}
