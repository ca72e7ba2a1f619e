package org.talentbruecke.matching.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.CandidateSnapshotFactory;
import org.talentbruecke.matching.domain.LanguageAbility;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.PseudonymousHandle;
import org.talentbruecke.matching.domain.RegulationKind;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.opening.application.OpeningForMatching;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.domain.geo.GeoPoint;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.recognition.Regulation;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.reference.domain.work.WorkingHours;

class SnapshotAssemblerTest {
  private static final String NURSE = "http://data.europa.eu/esco/occupation/nurse";
  private static final String NO_ISCO = "http://data.europa.eu/esco/occupation/unknown";
  private static final String CARE = "http://data.europa.eu/esco/skill/care";
  private static final Municipality HANNOVER =
      new Municipality("03241001", "Hannover", List.of("30159"), new GeoPoint(52.37, 9.73));
  private static final PseudonymousHandle HANDLES =
      new PseudonymousHandle("a-test-key-of-sixteen-chars");

  private final SnapshotAssembler assembler =
      new SnapshotAssembler(
          Map.of(NURSE, "2221")::get,
          ags -> ags.equals(HANNOVER.ags()) ? Optional.of(HANNOVER) : Optional.empty(),
          new CandidateSnapshotFactory(HANDLES),
          LocalDate.of(2026, 12, 3));

  private static ProfileData profile(String municipality) {
    return new ProfileData(
        List.of(
            new ProfileData.Occupation(NURSE, true), new ProfileData.Occupation(NO_ISCO, false)),
        List.of(
            new ProfileData.Skill(CARE, null, "EXPERT", false),
            new ProfileData.Skill(null, "self-described", "BASIC", false)),
        List.of(
            new ProfileData.Work("HOSPITAL", NURSE, "Nurse", "sy", "2019-01", "2023-07", "tasks")),
        List.of(
            new ProfileData.Language(
                "de", false, Map.of("LISTENING", "B1", "WRITING", "A2"), List.of()),
            new ProfileData.Language("ar", true, Map.of(), List.of())),
        List.of(),
        List.of(
            new ProfileData.QualificationEntry(
                "VOCATIONAL",
                "Nursing",
                "SY",
                "School",
                2018,
                4,
                new ProfileData.RecognitionEntry(
                    "APPLIED", "2024-01-01", null, null, null, null, NURSE),
                null)),
        new ProfileData.AvailabilityEntry(
            "2027-01-15",
            List.of("FULL_TIME", "SHIFTS"),
            municipality,
            null,
            25,
            false,
            List.of(),
            null),
        "about me",
        "ANONYMOUS_TO_VERIFIED_EMPLOYERS");
  }

  @Test
  void aProfileBecomesASnapshotUnderItsHandleWithWhatMatchingCanUse() {
    CandidateSnapshot s = assembler.candidate(42, profile("03241001")).orElseThrow();

    assertEquals(HANDLES.of(42), s.handle());
    assertEquals(HANNOVER, s.municipality());
    assertEquals(1, s.skills().size(), "the self-described skill has no ESCO URI");
    assertEquals(SkillLevel.EXPERT, s.skills().get(0).level());
    assertEquals(1, s.desiredOccupations().size(), "an occupation without ISCO group is left out");
    assertEquals("2221", s.desiredOccupations().get(0).iscoUnitGroup());
    assertEquals(1, s.workHistory().size());
    assertEquals("SY", s.workHistory().get(0).countryCode());
    assertEquals(4, s.workHistory().get(0).years(), "2019-01 to 2023-07 is four full years");
    LanguageAbility german = s.german().orElseThrow();
    assertEquals(CefrLevel.B1, german.levels().level(CefrSkill.LISTENING));
    assertTrue(s.language("ara").orElseThrow().motherTongue(), "ar becomes ISO 639-3 ara");
    assertEquals(1, s.qualifications().size());
    assertTrue(s.qualifications().get(0).recognition().isPresent(), "Syrian: to be recognised");
    assertEquals(Set.of(WorkingHours.FULL_TIME, WorkingHours.SHIFTS), s.availability().hours());
    assertEquals(LocalDate.of(2027, 1, 15), s.availability().earliestStart());
    assertEquals(25, s.availability().commuteLimitKm());
  }

  @Test
  void noSnapshotWithoutAMunicipalityOfTheRegion() {
    assertTrue(assembler.candidate(42, profile("09162000")).isEmpty());
    assertTrue(assembler.candidate(42, profile(null)).isEmpty());
  }

  @Test
  void theSnapshotHoldsNothingPersonalOfTheProfile() {
    String text = assembler.candidate(42, profile("03241001")).orElseThrow().toString();
    assertFalse(text.contains("about me"));
    assertFalse(text.contains("42"), "the profile id is replaced by the handle: " + text);
  }

  private static OpeningForMatching opening(String occupation, String municipality) {
    return new OpeningForMatching(
        7,
        3,
        "PUBLISHED",
        true,
        occupation,
        List.of(CARE),
        List.of(CARE, "http://data.europa.eu/esco/skill/other"),
        null,
        Map.of("en", CefrLevel.B1, "de", CefrLevel.B2),
        2,
        4,
        true,
        municipality,
        WorkingHours.FULL_TIME,
        null,
        new RegulationAnswer(Regulation.ACTIVITY, false, Optional.empty()));
  }

  @Test
  void anOpeningBecomesASnapshot() {
    OpeningSnapshot o = assembler.opening(opening(NURSE, "03241001")).orElseThrow();

    assertEquals("7", o.id());
    assertEquals("2221", o.occupation().iscoUnitGroup());
    assertEquals(Set.of(CARE), o.mustHaveSkills());
    assertEquals(
        Set.of("http://data.europa.eu/esco/skill/other"),
        o.niceToHaveSkills(),
        "a must-have is not also a bonus");
    assertEquals(1, o.otherLanguages().size(), "German is not another language");
    assertEquals("eng", o.otherLanguages().get(0).language());
    assertEquals(RegulationKind.ACTIVITY_REGULATED, o.regulation());
    assertTrue(o.fullRecognitionRequired());
  }

  @Test
  void anOpeningWithoutWhatMatchingNeedsGivesNoSnapshot() {
    assertTrue(assembler.opening(opening(NO_ISCO, "03241001")).isEmpty());
    assertTrue(assembler.opening(opening(NURSE, "09162000")).isEmpty());
    assertTrue(assembler.opening(opening(null, "03241001")).isEmpty());
  }

  @Test
  void regulationKindsMapOneToOneAndUncertainOnesRequireNothing() {
    assertEquals(RegulationKind.TITLE_PROTECTED, regulation(Regulation.TITLE, false));
    assertEquals(RegulationKind.CRAFT, regulation(Regulation.CRAFT_BUSINESS, false));
    assertEquals(RegulationKind.LICENSED, regulation(Regulation.LICENCE, false));
    assertEquals(RegulationKind.NOT_REGULATED, regulation(Regulation.NONE, false));
    assertEquals(RegulationKind.NOT_REGULATED, regulation(Regulation.ACTIVITY, true));
  }

  private static RegulationKind regulation(Regulation kind, boolean depends) {
    return SnapshotAssembler.regulation(new RegulationAnswer(kind, depends, Optional.empty()));
  }
}
