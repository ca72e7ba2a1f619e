package org.talentbruecke.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;

class ProfileRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void aJobCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> job(YearMonth.of(2020, 5), YearMonth.of(2020, 4)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(job(YearMonth.of(2020, 5), YearMonth.of(2020, 5)).getTo())
        .isEqualTo(YearMonth.of(2020, 5));
    assertThat(job(YearMonth.of(2020, 5), null).getTo()).as("continuing job").isNull();
  }

  @Test
  void aJobNeedsAnOccupationOrATitle() {
    assertThatThrownBy(
            () ->
                new WorkEntry(
                    EmployerType.NON_PROFIT, null, " ", "DE", YearMonth.of(2020, 1), null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tasksAreLimited() {
    assertThatThrownBy(
            () ->
                new WorkEntry(
                    EmployerType.NON_PROFIT,
                    null,
                    "Fahrer",
                    "DE",
                    YearMonth.of(2020, 1),
                    null,
                    "x".repeat(WorkEntry.MAX_TASKS + 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMotherTongueHasNoLevelsAndAForeignLanguageAtLeastOne() {
    assertThatThrownBy(() -> new LanguageSkill("ar", true, Map.of(CefrSkill.READING, CefrLevel.C2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LanguageSkill("en", false, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    LanguageSkill english =
        new LanguageSkill(
            "en", false, Map.of(CefrSkill.READING, CefrLevel.B2, CefrSkill.WRITING, CefrLevel.B1));
    assertThat(english.levels())
        .containsExactly(
            Map.entry(CefrSkill.READING, CefrLevel.B2), Map.entry(CefrSkill.WRITING, CefrLevel.B1));
  }

  @Test
  void eachLanguageOnceAndOnePreferredOccupation() {
    Profile profile = new Profile(1, NOW);
    assertThatThrownBy(
            () ->
                profile.replaceLanguages(
                    List.of(
                        LanguageSkill.motherTongue("ar"),
                        LanguageSkill.atLevel("ar", CefrLevel.C1)),
                    List.of(),
                    List.of(),
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                profile.replaceOccupations(
                    List.of(new DesiredOccupation("a", true), new DesiredOccupation("b", true)),
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewProfileIsVisibleToStaffOnly() {
    assertThat(new Profile(1, NOW).getVisibility()).isEqualTo(Visibility.STAFF_ONLY);
  }

  @Test
  void aSkillIsEitherEscoOrOwnWords() {
    assertThatThrownBy(() -> new ProfileSkill("uri", "text", SkillLevel.BASIC, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProfileSkill(null, null, SkillLevel.BASIC, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static WorkEntry job(YearMonth from, YearMonth to) {
    return new WorkEntry(
        EmployerType.PRIVATE_COMPANY, null, "Pflegehelferin", "DE", from, to, null);
  }
}
