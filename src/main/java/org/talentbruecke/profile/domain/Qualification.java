package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.talentbruecke.reference.domain.recognition.AnabinRating;

/** A school, vocational or academic qualification and the state of its recognition in Germany. */
@Embeddable
public class Qualification {
  public static final int MAX_TITLE = 200;
  public static final int MAX_INSTITUTION = 200;

  @Enumerated(EnumType.STRING)
  @Column(name = "QUALIFICATION_TYPE", nullable = false, length = 20)
  private QualificationType type;

  @Column(name = "TITLE", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "COUNTRY", nullable = false, length = 2)
  private String country;

  @Column(name = "INSTITUTION", length = MAX_INSTITUTION)
  private String institution;

  @Column(name = "AWARD_YEAR")
  private Integer year;

  @Column(name = "EQF_LEVEL")
  private Integer eqfLevel;

  @Embedded private Recognition recognition;

  @Enumerated(EnumType.STRING)
  @Column(name = "ANABIN", length = 20)
  private AnabinRating anabin;

  protected Qualification() {}

  public Qualification(
      QualificationType type,
      String title,
      String country,
      String institution,
      Integer year,
      Integer eqfLevel,
      Recognition recognition,
      AnabinRating anabin) {
    if (eqfLevel != null && !isEqfLevel(eqfLevel)) {
      throw new IllegalArgumentException("EQF levels run from 1 to 8");
    }
    // anabin rates universities; a school or vocational certificate has no such rating.
    if (anabin != null && type != QualificationType.ACADEMIC) {
      throw new IllegalArgumentException("Only academic degrees have an anabin rating");
    }
    this.type = Objects.requireNonNull(type);
    this.title = Objects.requireNonNull(title);
    this.country = Objects.requireNonNull(country);
    this.institution = institution;
    this.year = year;
    this.eqfLevel = eqfLevel;
    this.recognition = Objects.requireNonNull(recognition);
    this.anabin = anabin;
  }

  public static boolean isEqfLevel(int level) {
    return level >= 1 && level <= 8;
  }

  public QualificationType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public String getCountry() {
    return country;
  }

  public String getInstitution() {
    return institution;
  }

  public Integer getYear() {
    return year;
  }

  public Integer getEqfLevel() {
    return eqfLevel;
  }

  public Recognition getRecognition() {
    return recognition;
  }

  public AnabinRating getAnabin() {
    return anabin;
  }
}
