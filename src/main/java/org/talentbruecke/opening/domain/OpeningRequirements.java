package org.talentbruecke.opening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The single-valued requirements of an opening: its ESCO occupation, minimum experience, the
 * qualification with its EQF level, and the recognition needed. Nulls mean "not stated". The skills
 * and other languages are collections on {@link Opening}. Immutable; replaced as a whole.
 */
@Embeddable
public class OpeningRequirements {
  public static final int MAX_QUALIFICATION = 200;
  public static final int MAX_EXPERIENCE_YEARS = 40;
  public static final int MIN_EQF = 1;
  public static final int MAX_EQF = 8;

  @Column(name = "OCCUPATION_URI", length = 255)
  private String occupationUri;

  @Column(name = "MIN_EXPERIENCE_YEARS")
  private Integer minExperienceYears;

  @Column(name = "QUALIFICATION", length = MAX_QUALIFICATION)
  private String qualification;

  @Column(name = "QUALIFICATION_EQF")
  private Integer qualificationEqf;

  @Enumerated(EnumType.STRING)
  @Column(name = "RECOGNITION", length = 30)
  private RecognitionRequirement recognition;

  public OpeningRequirements() {}

  public OpeningRequirements(
      String occupationUri,
      Integer minExperienceYears,
      String qualification,
      Integer qualificationEqf,
      RecognitionRequirement recognition) {
    if (qualificationEqf != null && (qualificationEqf < MIN_EQF || qualificationEqf > MAX_EQF)) {
      throw new IllegalArgumentException("EQF level must be 1..8: " + qualificationEqf);
    }
    if (minExperienceYears != null
        && (minExperienceYears < 0 || minExperienceYears > MAX_EXPERIENCE_YEARS)) {
      throw new IllegalArgumentException("experience out of range: " + minExperienceYears);
    }
    this.occupationUri = occupationUri;
    this.minExperienceYears = minExperienceYears;
    this.qualification = qualification;
    this.qualificationEqf = qualificationEqf;
    this.recognition = recognition;
  }

  public String getOccupationUri() {
    return occupationUri;
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

  public RecognitionRequirement getRecognition() {
    return recognition;
  }
}
