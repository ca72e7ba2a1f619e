package org.talentbruecke.opening.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * The structured terms of an opening: where, when, how long, how many, what pay, how much German
 * per sub-skill, and what the employer offers newcomers. Immutable; replaced as a whole.
 */
@Embeddable
public class OpeningDetails {
  @Column(name = "POSITIONS", nullable = false)
  private int positions = 1;

  @Column(name = "MUNICIPALITY", length = 8)
  private String municipality;

  @Enumerated(EnumType.STRING)
  @Column(name = "HOURS", length = 20)
  private WorkingHours hours;

  @Column(name = "START_DATE")
  private LocalDate startDate;

  @Column(name = "DURATION_MONTHS")
  private Integer durationMonths;

  @Column(name = "PAY_MIN")
  private Integer payMin;

  @Column(name = "PAY_MAX")
  private Integer payMax;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, length = 20)
  private OpeningKind kind = OpeningKind.JOB;

  @Column(name = "OFFERS_MENTORING", nullable = false)
  private boolean offersMentoring;

  @Column(name = "OFFERS_LANGUAGE_COURSE", nullable = false)
  private boolean offersLanguageCourse;

  @Column(name = "OFFERS_RECOGNITION_HELP", nullable = false)
  private boolean offersRecognitionHelp;

  @Column(name = "OPEN_TO_LEARNERS", nullable = false)
  private boolean openToLearners;

  // The German the opening really needs per sub-skill; null means the sub-skill is not required.
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "listening", column = @Column(name = "GERMAN_LISTENING", length = 2)),
    @AttributeOverride(name = "reading", column = @Column(name = "GERMAN_READING", length = 2)),
    @AttributeOverride(
        name = "spokenInteraction",
        column = @Column(name = "GERMAN_SPOKEN_INTERACTION", length = 2)),
    @AttributeOverride(
        name = "spokenProduction",
        column = @Column(name = "GERMAN_SPOKEN_PRODUCTION", length = 2)),
    @AttributeOverride(name = "writing", column = @Column(name = "GERMAN_WRITING", length = 2))
  })
  private CefrSkillLevels german = new CefrSkillLevels();

  protected OpeningDetails() {}

  /** The details as checked by the application service; nulls mean "not stated". */
  public OpeningDetails(Terms terms, CefrSkillLevels german, Offers offers) {
    this.positions = terms.positions();
    this.municipality = terms.municipality();
    this.hours = terms.hours();
    this.startDate = terms.startDate();
    this.durationMonths = terms.durationMonths();
    this.payMin = terms.payMin();
    this.payMax = terms.payMax();
    this.kind = Objects.requireNonNull(terms.kind());
    this.german = Objects.requireNonNull(german);
    this.offersMentoring = offers.mentoring();
    this.offersLanguageCourse = offers.languageCourse();
    this.offersRecognitionHelp = offers.recognitionHelp();
    this.openToLearners = offers.openToLearners();
  }

  /** Where, when and on what terms. */
  public record Terms(
      int positions,
      String municipality,
      WorkingHours hours,
      LocalDate startDate,
      Integer durationMonths,
      Integer payMin,
      Integer payMax,
      OpeningKind kind) {}

  /** What the employer offers newcomers, and whether people still in courses may apply. */
  public record Offers(
      boolean mentoring, boolean languageCourse, boolean recognitionHelp, boolean openToLearners) {}

  public int getPositions() {
    return positions;
  }

  public String getMunicipality() {
    return municipality;
  }

  public WorkingHours getHours() {
    return hours;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public Integer getDurationMonths() {
    return durationMonths;
  }

  public Integer getPayMin() {
    return payMin;
  }

  public Integer getPayMax() {
    return payMax;
  }

  public OpeningKind getKind() {
    return kind;
  }

  public CefrSkillLevels getGerman() {
    return german == null ? new CefrSkillLevels() : german;
  }

  public boolean isOffersMentoring() {
    return offersMentoring;
  }

  public boolean isOffersLanguageCourse() {
    return offersLanguageCourse;
  }

  public boolean isOffersRecognitionHelp() {
    return offersRecognitionHelp;
  }

  public boolean isOpenToLearners() {
    return openToLearners;
  }

  /** An equal, separate value for another opening (JPA must not share embedded instances). */
  public OpeningDetails copy() {
    return new OpeningDetails(
        new Terms(positions, municipality, hours, startDate, durationMonths, payMin, payMax, kind),
        CefrSkillLevels.of(getGerman().asMap()),
        new Offers(offersMentoring, offersLanguageCourse, offersRecognitionHelp, openToLearners));
  }
}
