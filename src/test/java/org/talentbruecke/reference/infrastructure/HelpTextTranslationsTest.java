package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.application.CefrDescriptorCatalog;
import org.talentbruecke.reference.application.GermanCourseCatalog;
import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.course.GermanCourse;
import org.talentbruecke.reference.domain.course.LanguageCertificate;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.qualification.QualificationLevel;
import org.talentbruecke.reference.domain.recognition.ProfessionGroup;

/**
 * The recognition and CEFR help texts (and the course, certificate and DQR descriptions) exist in
 * all five interface languages (issue 6), in the right script, and every translation keeps the
 * German text's placeholders.
 */
class HelpTextTranslationsTest {

  private static final List<String> LANGUAGES = List.of("de", "en", "ar", "uk", "tr");
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  @Test
  void everyRecognitionPhraseHasAllFiveLanguages() {
    AdvicePhraseCatalog phrases = AdvicePhraseCatalog.load();
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    for (String key : phrases.keys()) {
      texts.put("phrase " + key, phrases.find(key).orElseThrow());
    }
    assertThat(texts).hasSize(26 + 22);
    texts.forEach(HelpTextTranslationsTest::assertFiveLanguages);
  }

  @Test
  void everyCefrTextHasAllFiveLanguages() {
    CefrDescriptorCatalog cefr = ReferenceFiles.cefrDescriptors();
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    for (CefrLevel level : CefrLevel.values()) {
      texts.put("level " + level, cefr.levelSummary(level));
      for (CefrSkill skill : CefrSkill.values()) {
        texts.put("skill " + skill, cefr.skillName(skill));
        texts.put("descriptor " + level + " " + skill, cefr.descriptor(level, skill));
      }
    }
    assertThat(texts).hasSize(6 + 5 + 30);
    texts.forEach(HelpTextTranslationsTest::assertFiveLanguages);
  }

  @Test
  void everyProfessionGroupHasItsNameCompensationNoteAndExplanationInAllFiveLanguages() {
    List<ProfessionGroup> groups = RecognitionCatalog.load().groups();
    assertThat(groups).hasSize(30);
    for (ProfessionGroup group : groups) {
      assertFiveLanguages(group.id() + " name", group.name());
      assertFiveLanguages(group.id() + " compensation", group.compensationNote());
      assertFiveLanguages(group.id() + " explanation", group.explanation());
    }
  }

  @Test
  void everySupportHintHasAllFiveLanguages() {
    var hints = SupportHintCatalog.load();
    assertThat(hints).hasSize(5);
    hints.forEach(h -> assertFiveLanguages("hint " + h.id(), h.text()));
  }

  @Test
  void germanCoursesCertificatesAndQualificationLevelsHaveAllFiveLanguages() {
    GermanCourseCatalog courses = ReferenceFiles.germanCourses();
    assertThat(courses.courses()).hasSize(13);
    for (GermanCourse course : courses.courses()) {
      assertFiveLanguages(course.id() + " name", course.name());
      assertFiveLanguages(course.id() + " description", course.description());
    }
    assertThat(courses.certificates()).hasSize(13);
    for (LanguageCertificate certificate : courses.certificates()) {
      assertFiveLanguages(certificate.id() + " note", certificate.note());
    }
    List<QualificationLevel> levels = ReferenceFiles.qualificationLevels().all();
    assertThat(levels).hasSize(8);
    for (QualificationLevel level : levels) {
      assertFiveLanguages("DQR " + level.level(), level.description());
    }
  }

  private static void assertFiveLanguages(String what, LocalizedText text) {
    for (String language : LANGUAGES) {
      assertThat(text.exactly(language)).as("%s in %s", what, language).isPresent();
      assertThat(LocalizedText.placeholders(text.exactly(language).orElseThrow()))
          .as("placeholders of %s in %s", what, language)
          .isEqualTo(LocalizedText.placeholders(text.de()));
    }
    String ar = text.exactly("ar").orElseThrow();
    String uk = text.exactly("uk").orElseThrow();
    String tr = text.exactly("tr").orElseThrow();
    assertThat(ARABIC.matcher(ar).find())
        .as("%s: Arabic text in Arabic script: %s", what, ar)
        .isTrue();
    assertThat(CYRILLIC.matcher(uk).find())
        .as("%s: Ukrainian text in Cyrillic: %s", what, uk)
        .isTrue();
    // Ukrainian spelling uses the modifier letter apostrophe (U+02BC), never the ASCII one.
    assertThat(uk).as("%s: Ukrainian apostrophe", what).doesNotContain("'");
    assertThat(ARABIC.matcher(tr).find() || CYRILLIC.matcher(tr).find())
        .as("%s: Turkish in Latin script", what)
        .isFalse();
    assertThat(tr).as("%s: Turkish is not a copy of English", what).isNotEqualTo(text.en());
    // Russian-only letters would mean the wrong language slipped in.
    assertThat(uk).as("%s: no Russian-only letters", what).doesNotContainPattern("[ыэъЫЭЪё]");
  }
}
