package org.talentbruecke.opening.interfaces.web;

import java.io.Serializable;
import java.util.List;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/**
 * One opening flattened for the pages that show it as a job seeker sees it (the public detail and
 * the employer's preview): labels resolved, nothing left for the page to look up.
 */
public final class OpeningView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A named requirement with its level, such as a German sub-skill or another language. */
  public record Level(String name, String level) implements Serializable {
    public String getName() {
      return name;
    }

    public String getLevel() {
      return level;
    }
  }

  long id;
  String title;
  String description;
  String organisation;
  String place;
  String hours;
  String kind;
  int positions;
  String start;
  String duration;
  String pay;
  List<Level> german = List.of();
  boolean mentoring;
  boolean languageCourse;
  boolean recognitionHelp;
  boolean openToLearners;
  ConceptOption occupation;
  List<ConceptOption> mustHave = List.of();
  List<ConceptOption> niceToHave = List.of();
  Integer minExperienceYears;
  String qualification;
  Integer qualificationEqf;
  String recognition;
  String regulationNotice;
  List<Level> languages = List.of();

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getPlace() {
    return place;
  }

  public String getHours() {
    return hours;
  }

  public String getKind() {
    return kind;
  }

  public int getPositions() {
    return positions;
  }

  public String getStart() {
    return start;
  }

  public String getDuration() {
    return duration;
  }

  public String getPay() {
    return pay;
  }

  public List<Level> getGerman() {
    return german;
  }

  public boolean isMentoring() {
    return mentoring;
  }

  public boolean isLanguageCourse() {
    return languageCourse;
  }

  public boolean isRecognitionHelp() {
    return recognitionHelp;
  }

  public boolean isOpenToLearners() {
    return openToLearners;
  }

  public ConceptOption getOccupation() {
    return occupation;
  }

  public List<ConceptOption> getMustHave() {
    return mustHave;
  }

  public List<ConceptOption> getNiceToHave() {
    return niceToHave;
  }

  public Integer getMinExperienceYears() {
    return minExperienceYears;
  }

  public String getQualification() {
    return qualification;
  }

  public Integer getQualificationEqf() {
    return qualificationEqf;
  }

  public String getRecognition() {
    return recognition;
  }

  public String getRegulationNotice() {
    return regulationNotice;
  }

  public List<Level> getLanguages() {
    return languages;
  }

  /**
   * True when any requirement beyond German is stated, so the page can leave out an empty section.
   */
  public boolean isHasRequirements() {
    return occupation != null
        || !mustHave.isEmpty()
        || !niceToHave.isEmpty()
        || minExperienceYears != null
        || qualification != null
        || qualificationEqf != null
        || recognition != null
        || !languages.isEmpty();
  }
}
