package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;

/**
 * How far the recognition of one foreign qualification in Germany has got. Each state carries what
 * the procedure produces at that point: an application has a date and a body; a partial equivalence
 * names the differences and may carry a compensation measure with its progress.
 */
@Embeddable
public class Recognition {
  public static final int MAX_BODY = 300;
  public static final int MAX_DIFFERENCES = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "RECOGNITION_STATUS", nullable = false, length = 30)
  private RecognitionStatus status;

  @Column(name = "APPLIED_ON")
  private LocalDate appliedOn;

  @Column(name = "RESPONSIBLE_BODY", length = MAX_BODY)
  private String body;

  @Column(name = "DIFFERENCES", length = MAX_DIFFERENCES)
  private String differences;

  @Enumerated(EnumType.STRING)
  @Column(name = "COMPENSATION_MEASURE", length = 40)
  private CompensationMeasure measure;

  @Enumerated(EnumType.STRING)
  @Column(name = "MEASURE_STATUS", length = 20)
  private MeasureStatus measureStatus;

  @Column(name = "REFERENCE_OCCUPATION_URI", length = 255)
  private String referenceOccupationUri;

  protected Recognition() {}

  public Recognition(
      RecognitionStatus status,
      LocalDate appliedOn,
      String body,
      String differences,
      CompensationMeasure measure,
      MeasureStatus measureStatus,
      String referenceOccupationUri) {
    this.status = Objects.requireNonNull(status);
    if (status == RecognitionStatus.APPLIED && (appliedOn == null || isBlank(body))) {
      throw new IllegalArgumentException("An application has a date and a responsible body");
    }
    if (status == RecognitionStatus.NOT_STARTED && (appliedOn != null || body != null)) {
      throw new IllegalArgumentException("Nothing was applied for yet");
    }
    if (status == RecognitionStatus.PARTIAL_EQUIVALENCE && isBlank(differences)) {
      throw new IllegalArgumentException("A partial equivalence names the differences");
    }
    if (status != RecognitionStatus.PARTIAL_EQUIVALENCE && differences != null) {
      throw new IllegalArgumentException("Only a partial equivalence has differences");
    }
    // The reference catalogue's state type holds the measure rules; reuse them, don't repeat them.
    new RecognitionState(
        status, Optional.ofNullable(measure), Optional.ofNullable(measureStatus), Optional.empty());
    this.appliedOn = appliedOn;
    this.body = body;
    this.differences = differences;
    this.measure = measure;
    this.measureStatus = measureStatus;
    this.referenceOccupationUri = referenceOccupationUri;
  }

  public static Recognition notStarted() {
    return new Recognition(RecognitionStatus.NOT_STARTED, null, null, null, null, null, null);
  }

  /**
   * The state after the compensation measure has moved on. Passing it ends the procedure with full
   * equivalence (the body then issues a new notice); the application data stay.
   */
  public Recognition afterMeasure(MeasureStatus progress) {
    if (measure == null) {
      throw new IllegalStateException("There is no compensation measure to progress");
    }
    if (progress == MeasureStatus.PASSED) {
      return new Recognition(
          RecognitionStatus.FULL_EQUIVALENCE,
          appliedOn,
          body,
          null,
          null,
          null,
          referenceOccupationUri);
    }
    return new Recognition(
        status, appliedOn, body, differences, measure, progress, referenceOccupationUri);
  }

  /** True once the body has decided (fully, partly or not equivalent). */
  public boolean isDecided() {
    return status != RecognitionStatus.NOT_STARTED && status != RecognitionStatus.APPLIED;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  public RecognitionStatus getStatus() {
    return status;
  }

  public LocalDate getAppliedOn() {
    return appliedOn;
  }

  public String getBody() {
    return body;
  }

  public String getDifferences() {
    return differences;
  }

  public CompensationMeasure getMeasure() {
    return measure;
  }

  public MeasureStatus getMeasureStatus() {
    return measureStatus;
  }

  public String getReferenceOccupationUri() {
    return referenceOccupationUri;
  }
}
