package org.talentbruecke.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.work.WorkingHours;

class CompletenessTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final String URI = "http://data.europa.eu/esco/occupation/x";

  @Test
  void noProfileStartsWithTheOccupation() {
    assertThat(Completeness.of(null)).isEqualTo(new Completeness(0, "profile.next.occupations"));
    assertThat(Completeness.missingSteps(null)).hasSize(7).startsWith("profile.next.occupations");
  }

  @Test
  void anOccupationWithoutPreferenceDoesNotCountYet() {
    Profile profile = new Profile(1, NOW);
    profile.replaceOccupations(List.of(new DesiredOccupation(URI, false)), NOW);
    assertThat(Completeness.of(profile).percent()).isZero();
  }

  @Test
  void risesStepByStepAndNamesTheFirstMissingStep() {
    Profile profile = new Profile(1, NOW);
    profile.replaceOccupations(List.of(new DesiredOccupation(URI, true)), NOW);
    assertThat(Completeness.of(profile)).isEqualTo(new Completeness(15, "profile.next.skills"));

    profile.replaceSkills(List.of(skill("a"), skill("b")), NOW);
    assertThat(Completeness.of(profile).nextKey())
        .as("two skills are too few")
        .isEqualTo("profile.next.skills");
    profile.replaceSkills(List.of(skill("a"), skill("b"), skill("c")), NOW);
    assertThat(Completeness.of(profile))
        .isEqualTo(new Completeness(35, "profile.next.workHistory"));

    // A later step counts even when an earlier one is missing; advice still names the earlier one.
    profile.describe("Ich suche Arbeit in der Pflege.", NOW);
    assertThat(Completeness.of(profile))
        .isEqualTo(new Completeness(40, "profile.next.workHistory"));
    assertThat(Completeness.missingSteps(profile))
        .containsExactly(
            "profile.next.workHistory",
            "profile.next.languages",
            "profile.next.qualifications",
            "profile.next.availability");
  }

  @Test
  void languagesNeedAMotherTongueAndGerman() {
    Profile profile = new Profile(1, NOW);
    profile.replaceLanguages(List.of(LanguageSkill.motherTongue("ar")), List.of(), List.of(), NOW);
    assertThat(Completeness.of(profile).percent()).isZero();
    profile.replaceLanguages(
        List.of(LanguageSkill.motherTongue("ar"), LanguageSkill.atLevel("de", CefrLevel.B1)),
        List.of(),
        List.of(),
        NOW);
    assertThat(Completeness.of(profile).percent()).isEqualTo(15);
  }

  @Test
  void aCompleteProfileIsHundredPercent() {
    Profile profile = new Profile(1, NOW);
    profile.replaceOccupations(List.of(new DesiredOccupation(URI, true)), NOW);
    profile.replaceSkills(List.of(skill("a"), skill("b"), skill("c")), NOW);
    profile.replaceWorkHistory(
        List.of(
            new WorkEntry(
                EmployerType.PUBLIC_SECTOR,
                URI,
                null,
                "SY",
                YearMonth.of(2012, 9),
                YearMonth.of(2015, 6),
                null)),
        NOW);
    profile.replaceLanguages(List.of(LanguageSkill.motherTongue("de")), List.of(), List.of(), NOW);
    profile.replaceQualifications(
        List.of(
            new Qualification(
                QualificationType.VOCATIONAL,
                "Pflege",
                "SY",
                null,
                2012,
                4,
                Recognition.notStarted(),
                null)),
        NOW);
    profile.changeAvailability(
        new Availability(
            LocalDate.of(2026, 4, 1),
            Set.of(WorkingHours.PART_TIME),
            "03241001",
            30,
            null,
            true,
            Set.of(),
            null),
        NOW);
    profile.describe("Ich suche Arbeit.", NOW);
    assertThat(Completeness.of(profile)).isEqualTo(new Completeness(100, Completeness.DONE));
    assertThat(Completeness.missingSteps(profile)).isEmpty();
  }

  private static ProfileSkill skill(String text) {
    return new ProfileSkill(null, text, SkillLevel.BASIC, false);
  }
}
