package org.talentbruecke.profile.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.profile.domain.CertificateEntry;
import org.talentbruecke.profile.domain.CourseStatus;
import org.talentbruecke.profile.domain.GermanCourseEntry;
import org.talentbruecke.profile.domain.LanguageSkill;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;

/**
 * Turns the language step (languages, certificates, German courses) of {@link ProfileData} into
 * domain values.
 */
final class LanguageParser {
  private final Fields fields;
  private final LanguageCatalog catalog;
  final List<CertificateEntry> certificates = new ArrayList<>();

  LanguageParser(Fields fields, LanguageCatalog catalog) {
    this.fields = fields;
    this.catalog = catalog;
  }

  List<LanguageSkill> languages(List<ProfileData.Language> input) {
    List<LanguageSkill> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ProfileData.Language> entries = fields.list("languages", input);
    for (int i = 0; i < entries.size(); i++) {
      ProfileData.Language entry = entries.get(i);
      String at = "languages[" + i + "]";
      int before = fields.errorMark();
      String code = code(at + ".code", entry.code());
      if (code != null && !seen.add(code)) {
        fields.checks.add(at + ".code", "profile.validation.duplicateLanguage");
      }
      Map<CefrSkill, CefrLevel> levels = levels(at + ".levels", entry.levels());
      if (entry.motherTongue() && !levels.isEmpty()) {
        fields.checks.add(at + ".levels", "profile.validation.motherTongueLevels");
      } else if (!entry.motherTongue() && levels.isEmpty() && fields.errorMark() == before) {
        fields.checks.add(at + ".levels", "profile.validation.levelsMissing");
      }
      certificates(at, code, entry.certificates());
      WorkAndSkillParser.add(
          result,
          fields.build(
              at,
              fields.errorMark() == before,
              () -> new LanguageSkill(code, entry.motherTongue(), levels)));
    }
    return result;
  }

  List<GermanCourseEntry> courses(List<ProfileData.Course> input) {
    List<GermanCourseEntry> result = new ArrayList<>();
    List<ProfileData.Course> entries = fields.list("germanCourses", input);
    for (int i = 0; i < entries.size(); i++) {
      ProfileData.Course entry = entries.get(i);
      String at = "germanCourses[" + i + "]";
      int before = fields.errorMark();
      CourseType type = fields.choice(at + ".type", entry.type(), CourseType.class, true);
      CefrLevel level = level(at + ".level", entry.level());
      CourseStatus status = fields.choice(at + ".status", entry.status(), CourseStatus.class, true);
      WorkAndSkillParser.add(
          result,
          fields.build(
              at, fields.errorMark() == before, () -> new GermanCourseEntry(type, level, status)));
    }
    return result;
  }

  private String code(String field, String value) {
    if (Fields.blank(value)) {
      fields.checks.add(field, "validation.required");
      return null;
    }
    String code = value.strip().toLowerCase(Locale.ROOT);
    if (catalog.byCode(code).isEmpty()) {
      fields.checks.add(field, "profile.validation.language");
      return null;
    }
    return code;
  }

  // Only the five Europass sub-skills exist; any other key is named in the error.
  private Map<CefrSkill, CefrLevel> levels(String field, Map<String, String> input) {
    Map<CefrSkill, CefrLevel> levels = new EnumMap<>(CefrSkill.class);
    if (input == null) {
      return levels;
    }
    for (Map.Entry<String, String> entry : input.entrySet()) {
      CefrSkill skill = subSkill(entry.getKey());
      CefrLevel level = level(field + "." + entry.getKey(), entry.getValue());
      if (skill == null) {
        fields.checks.add(field + "." + entry.getKey(), "profile.validation.cefrSkill");
      } else if (level != null) {
        levels.put(skill, level);
      }
    }
    return levels;
  }

  private static CefrSkill subSkill(String key) {
    try {
      return key == null ? null : CefrSkill.valueOf(key.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private CefrLevel level(String field, String value) {
    if (Fields.blank(value)) {
      return null;
    }
    try {
      return CefrLevel.parse(value);
    } catch (IllegalArgumentException e) {
      fields.checks.add(field, "profile.validation.cefrLevel");
      return null;
    }
  }

  private void certificates(String at, String code, List<ProfileData.Certificate> input) {
    List<ProfileData.Certificate> entries = fields.list(at + ".certificates", input);
    for (int j = 0; j < entries.size(); j++) {
      String field = at + ".certificates[" + j + "]";
      String name =
          fields.text(field + ".name", entries.get(j).name(), CertificateEntry.MAX_NAME, true);
      var date = fields.date(field + ".date", entries.get(j).date(), false);
      if (code != null && name != null) {
        certificates.add(new CertificateEntry(code, name, date));
      }
    }
  }
}
