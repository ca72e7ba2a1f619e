package org.talentbruecke.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;

/** The languages, certificates and German courses of a generated job seeker. */
final class DemoLanguages {
  private static final List<String> CEFR =
      Arrays.stream(CefrLevel.values()).map(CefrLevel::name).toList();
  private static final List<String> SUB_SKILLS =
      Arrays.stream(CefrSkill.values()).map(CefrSkill::name).toList();

  private DemoLanguages() {}

  static List<ProfileData.Language> languages(
      SplittableRandom random, Origin origin, int germanLevel, LocalDate today) {
    List<ProfileData.Language> languages = new ArrayList<>();
    for (String tongue : origin.motherTongues()) {
      languages.add(new ProfileData.Language(tongue, true, Map.of(), List.of()));
    }
    List<ProfileData.Certificate> certificates = new ArrayList<>();
    if (germanLevel >= 1) {
      String certificate =
          switch (germanLevel) {
            case 1 -> "DTZ A2";
            case 2 -> "DTZ B1";
            case 3 -> "telc Deutsch B2 Beruf";
            default -> "Goethe-Zertifikat C1";
          };
      certificates.add(
          new ProfileData.Certificate(
              certificate, today.minusDays(30 + random.nextInt(900)).toString()));
    }
    languages.add(new ProfileData.Language("de", false, levels(random, germanLevel), certificates));
    String second = origin.secondLanguage();
    if (!origin.motherTongues().contains(second) && random.nextInt(3) > 0) {
      languages.add(
          new ProfileData.Language(
              second, false, levels(random, 1 + random.nextInt(4)), List.of()));
    }
    return languages;
  }

  /**
   * Sub-skills around one level: understanding a little ahead, writing a little behind, as is
   * common.
   */
  private static Map<String, String> levels(SplittableRandom random, int level) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (String skill : SUB_SKILLS) {
      int shift =
          switch (skill) {
            case "LISTENING", "READING" -> random.nextInt(3) == 0 ? 1 : 0;
            case "WRITING" -> random.nextInt(3) == 0 ? -1 : 0;
            default -> 0;
          };
      levels.put(skill, CEFR.get(Math.max(0, Math.min(CEFR.size() - 1, level + shift))));
    }
    return levels;
  }

  static List<ProfileData.Course> courses(SplittableRandom random, int germanLevel) {
    List<ProfileData.Course> courses = new ArrayList<>();
    courses.add(
        new ProfileData.Course(
            "INTEGRATION_COURSE",
            germanLevel >= 2 ? "B1" : "A2",
            germanLevel >= 1 ? "TAKEN" : "PLANNED"));
    if (germanLevel >= 2) {
      courses.add(
          new ProfileData.Course(
              "JOB_GERMAN_BASIC",
              CEFR.get(Math.min(4, germanLevel + 1)),
              random.nextBoolean() ? "TAKEN" : "PLANNED"));
    }
    return courses;
  }
}
