package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/**
 * Step 5: school, vocational and academic qualifications and how far their recognition in Germany
 * has got. Each row shows, in plain words, whether the profession is regulated, who decides and
 * what to do next.
 */
@Named
@ViewScoped
public class QualificationsStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  @Inject private transient ConceptLookup concepts;
  @Inject private transient RecognitionHelp help;

  private final List<QualificationRow> qualifications = new ArrayList<>();

  /**
   * The preferred occupation, which advice falls back to when a row names no reference occupation.
   */
  private ConceptOption target;

  @Override
  protected void fill(ProfileData saved) {
    saved.occupations().stream()
        .filter(ProfileData.Occupation::preferred)
        .findFirst()
        .ifPresent(o -> target = concepts.option(o.escoUri()));
    for (ProfileData.QualificationEntry q : saved.qualifications()) {
      qualifications.add(QualificationRow.of(q, concepts));
    }
  }

  @Override
  protected ProfileData applyTo(ProfileData saved) {
    return saved.withQualifications(
        qualifications.stream().map(QualificationRow::toEntry).toList());
  }

  @Override
  public ProfileStep getStep() {
    return ProfileStep.QUALIFICATIONS;
  }

  public void add() {
    qualifications.add(new QualificationRow());
  }

  public void remove(QualificationRow row) {
    qualifications.remove(row);
  }

  /** Advice for a row; empty when no occupation is known to base it on. */
  public RecognitionHelp.Advice advice(QualificationRow row) {
    ConceptOption occupation =
        row.getReferenceOccupation() != null ? row.getReferenceOccupation() : target;
    return help.advise(
            occupation, row.getStatus(), row.getMeasure(), row.getMeasureStatus(), row.getAnabin())
        .orElse(null);
  }

  public List<QualificationRow> getQualifications() {
    return qualifications;
  }

  /** One qualification with its recognition, as the form edits it. */
  public static final class QualificationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String type;
    private String title;
    private String country;
    private String institution;
    private Integer year;
    private Integer eqfLevel;
    private String anabin;
    private String status = RecognitionStatus.NOT_STARTED.name();
    private String appliedOn;
    private String body;
    private String differences;
    private String measure;
    private String measureStatus;
    private ConceptOption referenceOccupation;

    static QualificationRow of(ProfileData.QualificationEntry q, ConceptLookup concepts) {
      QualificationRow row = new QualificationRow();
      row.type = q.type();
      row.title = q.title();
      row.country = q.country();
      row.institution = q.institution();
      row.year = q.year();
      row.eqfLevel = q.eqfLevel();
      row.anabin = q.anabin();
      ProfileData.RecognitionEntry r = q.recognition();
      if (r != null) {
        row.status = r.status();
        row.appliedOn = r.appliedOn();
        row.body = r.body();
        row.differences = r.differences();
        row.measure = r.measure();
        row.measureStatus = r.measureStatus();
        row.referenceOccupation =
            r.referenceOccupationUri() == null ? null : concepts.option(r.referenceOccupationUri());
      }
      return row;
    }

    // Fields that do not apply to the chosen state are not sent, so a changed state never
    // leaves a stale value behind that the person can no longer see.
    ProfileData.QualificationEntry toEntry() {
      boolean applied = is(RecognitionStatus.APPLIED);
      boolean partial = is(RecognitionStatus.PARTIAL_EQUIVALENCE);
      ProfileData.RecognitionEntry recognition =
          new ProfileData.RecognitionEntry(
              status,
              applied ? appliedOn : null,
              applied ? body : null,
              partial ? differences : null,
              partial ? measure : null,
              partial ? measureStatus : null,
              referenceOccupation == null ? null : referenceOccupation.getUri());
      return new ProfileData.QualificationEntry(
          type,
          title,
          country,
          institution,
          year,
          eqfLevel,
          recognition,
          isAcademic() ? anabin : null);
    }

    public boolean is(RecognitionStatus expected) {
      return expected.name().equals(status);
    }

    public boolean isApplied() {
      return is(RecognitionStatus.APPLIED);
    }

    public boolean isPartial() {
      return is(RecognitionStatus.PARTIAL_EQUIVALENCE);
    }

    public boolean isAcademic() {
      return "ACADEMIC".equals(type);
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public String getInstitution() {
      return institution;
    }

    public void setInstitution(String institution) {
      this.institution = institution;
    }

    public Integer getYear() {
      return year;
    }

    public void setYear(Integer year) {
      this.year = year;
    }

    public Integer getEqfLevel() {
      return eqfLevel;
    }

    public void setEqfLevel(Integer eqfLevel) {
      this.eqfLevel = eqfLevel;
    }

    public String getAnabin() {
      return anabin;
    }

    public void setAnabin(String anabin) {
      this.anabin = anabin;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public String getAppliedOn() {
      return appliedOn;
    }

    public void setAppliedOn(String appliedOn) {
      this.appliedOn = appliedOn;
    }

    public String getBody() {
      return body;
    }

    public void setBody(String body) {
      this.body = body;
    }

    public String getDifferences() {
      return differences;
    }

    public void setDifferences(String differences) {
      this.differences = differences;
    }

    public String getMeasure() {
      return measure;
    }

    public void setMeasure(String measure) {
      this.measure = measure;
    }

    public String getMeasureStatus() {
      return measureStatus;
    }

    public void setMeasureStatus(String measureStatus) {
      this.measureStatus = measureStatus;
    }

    public ConceptOption getReferenceOccupation() {
      return referenceOccupation;
    }

    public void setReferenceOccupation(ConceptOption referenceOccupation) {
      this.referenceOccupation = referenceOccupation;
    }
  }
}
