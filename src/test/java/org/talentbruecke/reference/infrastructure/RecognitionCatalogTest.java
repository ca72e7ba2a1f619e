package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.recognition.Coverage;
import org.talentbruecke.reference.domain.recognition.IscoMapping;
import org.talentbruecke.reference.domain.recognition.ProfessionGroup;
import org.talentbruecke.reference.domain.recognition.ProfessionGroupDirectory;
import org.talentbruecke.reference.domain.recognition.RecognitionTrack;
import org.talentbruecke.reference.domain.recognition.RegulatedProfession;
import org.talentbruecke.reference.domain.recognition.Regulation;

class RecognitionCatalogTest {

  private final RecognitionCatalog catalog = RecognitionCatalog.load();

  @Test
  void coversTheProfessionGroupsTheBriefAsksFor() {
    assertThat(catalog.groups())
        .extracting(ProfessionGroup::id)
        .contains(
            "DOCTOR",
            "DENTIST",
            "PHARMACIST",
            "PSYCHOTHERAPIST",
            "VETERINARIAN",
            "NURSE",
            "MIDWIFE",
            "PHYSIOTHERAPIST",
            "PARAMEDIC",
            "TEACHER",
            "CHILDCARE_EDUCATOR",
            "SOCIAL_WORKER",
            "ENGINEER",
            "ARCHITECT",
            "LAWYER",
            "TAX_ADVISER",
            "MASTER_CRAFTSMAN",
            ProfessionGroupDirectory.VOCATIONAL_FALLBACK,
            ProfessionGroupDirectory.ACADEMIC_FALLBACK);
  }

  @Test
  void nursingProfessionalsAreRegulatedByTheStateSocialOffice() {
    assertThat(catalog.mappingsFor("2221"))
        .first()
        .satisfies(
            mapping -> {
              assertThat(mapping.coverage()).isEqualTo(Coverage.FULL);
              ProfessionGroup group = catalog.group(mapping.groupId()).orElseThrow();
              assertThat(group.isRegulated()).isTrue();
              assertThat(group.responsibleBody())
                  .contains("Niedersächsisches Landesamt für Soziales, Jugend und Familie");
            });
    assertThat(catalog.group("DOCTOR").orElseThrow().responsibleBody()).contains("NiZzA");
  }

  @Test
  void softwareDevelopersAreNotListed() {
    assertThat(catalog.mappingsFor("2512")).isEmpty();
  }

  @Test
  void fullMappingsComeBeforePartialOnes() {
    for (IscoMapping mapping : catalog.allMappings()) {
      var list = catalog.mappingsFor(mapping.iscoCode());
      assertThat(list).isSortedAccordingTo((a, b) -> a.coverage().compareTo(b.coverage()));
    }
  }

  @Test
  void everyGroupHasTwoOrThreeSentencesOfExplanationInBothLanguages() {
    for (ProfessionGroup group : catalog.groups()) {
      assertThat(sentences(group.explanation().de())).as(group.id() + " de").isBetween(2, 3);
      assertThat(sentences(group.explanation().en())).as(group.id() + " en").isBetween(2, 3);
      assertThat(group.compensationNote().de()).isNotBlank();
      assertThat(group.legalBasis()).isNotBlank();
    }
  }

  @Test
  void regulatedGroupsCarryCompensationMeasuresExceptDrivers() {
    for (ProfessionGroup group : catalog.groups()) {
      if (group.track() == RecognitionTrack.REGULATED) {
        assertThat(group.compensationMeasures()).as(group.id()).isNotEmpty();
      }
      if (group.track() != RecognitionTrack.REGULATED) {
        assertThat(group.compensationMeasures()).as(group.id()).isEmpty();
      }
    }
  }

  @Test
  void regulatedProfessionsCrossCheckWithTheIscoMapping() {
    Set<String> pairs =
        catalog.allMappings().stream()
            .map(m -> m.iscoCode() + "/" + m.groupId())
            .collect(Collectors.toSet());
    assertThat(catalog.regulatedProfessions()).hasSizeGreaterThan(40);
    for (RegulatedProfession profession : catalog.regulatedProfessions()) {
      assertThat(pairs)
          .as(profession.referenceOccupation())
          .contains(profession.iscoCode() + "/" + profession.groupId());
      ProfessionGroup group = catalog.group(profession.groupId()).orElseThrow();
      assertThat(group.regulation())
          .as(profession.referenceOccupation())
          .isNotEqualTo(Regulation.NONE);
    }
  }

  @Test
  void everyRegulatedGroupIsReachableFromSomeIscoCode() {
    Set<String> mapped =
        catalog.allMappings().stream().map(IscoMapping::groupId).collect(Collectors.toSet());
    for (ProfessionGroup group : catalog.groups()) {
      if (group.regulation() != Regulation.NONE) {
        assertThat(mapped).as(group.id()).contains(group.id());
      }
    }
  }

  private static int sentences(String text) {
    return (int) text.chars().filter(c -> c == '.' || c == '!' || c == '?').count();
  }
}
