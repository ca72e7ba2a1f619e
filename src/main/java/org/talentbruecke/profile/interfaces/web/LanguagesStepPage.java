package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.domain.language.CefrSkill;

/**
 * Step 4: mother tongues, other languages with a CEFR level per sub-skill and their certificates,
 * and the German courses taken or planned.
 */
@Named
@ViewScoped
public class LanguagesStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  private final List<LanguageRow> languages = new ArrayList<>();
  private final List<CourseRow> courses = new ArrayList<>();

  @Override
  protected void fill(ProfileData saved) {
    for (ProfileData.Language l : saved.languages()) {
      LanguageRow row = new LanguageRow();
      row.code = l.code();
      row.motherTongue = l.motherTongue();
      row.levels.putAll(l.levels());
      l.certificates().forEach(c -> row.certificates.add(new CertificateRow(c.name(), c.date())));
      languages.add(row);
    }
    saved.germanCourses().forEach(c -> courses.add(new CourseRow(c.type(), c.level(), c.status())));
    if (languages.isEmpty()) {
      // Almost everyone here states German; start with it so the first row is not blank.
      LanguageRow german = new LanguageRow();
      german.code = "de";
      languages.add(german);
    }
  }

  @Override
  protected ProfileData applyTo(ProfileData saved) {
    List<ProfileData.Language> stated =
        languages.stream()
            .map(
                l ->
                    new ProfileData.Language(
                        l.code,
                        l.motherTongue,
                        l.motherTongue ? Map.of() : l.statedLevels(),
                        l.certificates.stream()
                            .map(c -> new ProfileData.Certificate(c.name, c.date))
                            .toList()))
            .toList();
    return saved
        .withLanguages(stated)
        .withGermanCourses(
            courses.stream().map(c -> new ProfileData.Course(c.type, c.level, c.status)).toList());
  }

  @Override
  public ProfileStep getStep() {
    return ProfileStep.LANGUAGES;
  }

  public void addLanguage() {
    languages.add(new LanguageRow());
  }

  public void removeLanguage(LanguageRow row) {
    languages.remove(row);
  }

  public void addCertificate(LanguageRow row) {
    row.certificates.add(new CertificateRow(null, null));
  }

  public void removeCertificate(LanguageRow row, CertificateRow certificate) {
    row.certificates.remove(certificate);
  }

  public void addCourse() {
    courses.add(new CourseRow(null, null, null));
  }

  public void removeCourse(CourseRow row) {
    courses.remove(row);
  }

  public List<LanguageRow> getLanguages() {
    return languages;
  }

  public List<CourseRow> getCourses() {
    return courses;
  }

  /** One language: a mother tongue, or levels per Europass sub-skill. */
  public static final class LanguageRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private boolean motherTongue;
    private final Map<String, String> levels = new LinkedHashMap<>();
    private final List<CertificateRow> certificates = new ArrayList<>();

    LanguageRow() {
      for (CefrSkill skill : CefrSkill.values()) {
        levels.put(skill.name(), null);
      }
    }

    Map<String, String> statedLevels() {
      Map<String, String> stated = new LinkedHashMap<>();
      levels.forEach(
          (skill, level) -> {
            if (level != null && !level.isBlank()) {
              stated.put(skill, level);
            }
          });
      return stated;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public boolean isMotherTongue() {
      return motherTongue;
    }

    public void setMotherTongue(boolean motherTongue) {
      this.motherTongue = motherTongue;
    }

    public Map<String, String> getLevels() {
      return levels;
    }

    public List<CertificateRow> getCertificates() {
      return certificates;
    }
  }

  /** A language certificate, e.g. "telc Deutsch B1", with its date (YYYY-MM-DD). */
  public static final class CertificateRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String date;

    CertificateRow(String name, String date) {
      this.name = name;
      this.date = date;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date;
    }
  }

  /** An integration course or job-related German course (Berufssprachkurs). */
  public static final class CourseRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String type;
    private String level;
    private String status;

    CourseRow(String type, String level, String status) {
      this.type = type;
      this.level = level;
      this.status = status;
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public String getLevel() {
      return level;
    }

    public void setLevel(String level) {
      this.level = level;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }
  }
}
