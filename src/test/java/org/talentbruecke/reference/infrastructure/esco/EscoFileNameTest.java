package org.talentbruecke.reference.infrastructure.esco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Recognising ESCO files by name across versions and languages. */
class EscoFileNameTest {

  @Test
  void recognisesPerLanguageConceptFiles() {
    EscoFileName name = EscoFileName.parse("ESCO dataset/skills_de.csv.gz").orElseThrow();

    assertThat(name.kind()).isEqualTo(EscoFileKind.SKILLS);
    assertThat(name.language()).isEqualTo("de");
    assertThat(name.gzip()).isTrue();
    assertThat(name.path()).isEqualTo("ESCO dataset/skills_de.csv.gz");
  }

  @Test
  void recognisesRelationFilesWithAndWithoutLanguage() {
    assertThat(EscoFileName.parse("occupationSkillRelations.csv").orElseThrow().kind())
        .isEqualTo(EscoFileKind.OCCUPATION_SKILL_RELATIONS);
    assertThat(EscoFileName.parse("occupationSkillRelations_en.csv").orElseThrow().language())
        .isEqualTo("en");
    assertThat(EscoFileName.parse("broaderRelationsSkillPillar.csv").orElseThrow().kind())
        .isEqualTo(EscoFileKind.BROADER_SKILL_RELATIONS);
    assertThat(EscoFileName.parse("ISCOGroups_pt.csv").orElseThrow().kind())
        .isEqualTo(EscoFileKind.ISCO_GROUPS);
  }

  @Test
  void ignoresFilesTheImportDoesNotUse() {
    assertThat(EscoFileName.parse("digitalSkillsCollection_de.csv")).isEmpty();
    assertThat(EscoFileName.parse("skillsHierarchy_en.csv")).isEmpty();
    assertThat(EscoFileName.parse("VERSION.txt")).isEmpty();
    assertThat(EscoFileName.parse("skills_en.xlsx")).isEmpty();
  }

  @Test
  void sameDataInTwoFormsSharesASlot() {
    assertThat(EscoFileName.parse("skills_en.csv").orElseThrow().slot())
        .isEqualTo(EscoFileName.parse("a/skills_en.csv.gz").orElseThrow().slot())
        .isNotEqualTo(EscoFileName.parse("skills_de.csv").orElseThrow().slot());
  }
}
