package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

class CefrDescriptorCatalogTest {

  private static final List<String> LANGUAGES = List.of("de", "en", "ar", "uk", "tr");

  private final CefrDescriptorCatalog catalog = ReferenceFiles.cefrDescriptors();

  @Test
  void everyLevelAndSkillHasOneDistinctSentenceInEveryInterfaceLanguage() {
    for (String language : LANGUAGES) {
      Set<String> seen = new HashSet<>();
      for (CefrLevel level : CefrLevel.values()) {
        for (CefrSkill skill : CefrSkill.values()) {
          String text = catalog.descriptor(level, skill).exactly(language).orElseThrow();
          assertOneSentence(text);
          assertThat(seen.add(text))
              .as("duplicate %s descriptor for %s %s", language, level, skill)
              .isTrue();
        }
        String summary = catalog.levelSummary(level).exactly(language).orElseThrow();
        assertOneSentence(summary);
        assertThat(seen.add(summary))
            .as("%s summary of %s repeats a descriptor", language, level)
            .isTrue();
      }
    }
  }

  @Test
  void skillNamesExistInArabicUkrainianAndTurkish() {
    assertThat(catalog.skillName(CefrSkill.LISTENING).in(new Locale("ar"))).isEqualTo("الاستماع");
    assertThat(catalog.skillName(CefrSkill.READING).in(new Locale("uk"))).isEqualTo("Читання");
    assertThat(catalog.skillName(CefrSkill.WRITING).in(new Locale("tr"))).isEqualTo("Yazma");
    assertThat(catalog.levelSummary(CefrLevel.B1).in(new Locale("uk"))).contains("звʼязно");
  }

  @Test
  void skillNamesFollowTheEuropassGrid() {
    assertThat(catalog.skillName(CefrSkill.LISTENING).in(Locale.GERMAN)).isEqualTo("Hören");
    assertThat(catalog.skillName(CefrSkill.SPOKEN_INTERACTION).in(Locale.ENGLISH))
        .isEqualTo("Spoken interaction");
    assertThat(catalog.skillName(CefrSkill.SPOKEN_PRODUCTION).in(Locale.GERMAN))
        .isEqualTo("Zusammenhängendes Sprechen");
  }

  private static void assertOneSentence(String text) {
    assertThat(text).endsWith(".");
    assertThat(text.substring(0, text.length() - 1)).doesNotContain(". ");
  }
}
