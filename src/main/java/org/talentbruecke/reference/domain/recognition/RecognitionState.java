package org.talentbruecke.reference.domain.recognition;

import java.util.Objects;
import java.util.Optional;

/**
 * The current state of recognition of one foreign qualification, as the job seeker or an adviser
 * records it.
 *
 * @param status stage of the procedure
 * @param measure compensation measure chosen after a partial equivalence, if any
 * @param measureStatus progress of that measure, present exactly when a measure is present
 * @param anabin anabin rating of the awarding university, for academic degrees
 */
public record RecognitionState(
    RecognitionStatus status,
    Optional<CompensationMeasure> measure,
    Optional<MeasureStatus> measureStatus,
    Optional<AnabinRating> anabin) {

  public RecognitionState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(measureStatus, "measureStatus");
    Objects.requireNonNull(anabin, "anabin");
    // Compensation measures only exist after a notice of partial equivalence.
    if (measure.isPresent() && status != RecognitionStatus.PARTIAL_EQUIVALENCE) {
      throw new IllegalArgumentException("a compensation measure requires PARTIAL_EQUIVALENCE");
    }
    if (measure.isPresent() != measureStatus.isPresent()) {
      throw new IllegalArgumentException("measure and measureStatus must be given together");
    }
  }

  /** A state with only a status. */
  public static RecognitionState of(RecognitionStatus status) {
    return new RecognitionState(status, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Partial equivalence with a compensation measure in the given state of progress. */
  public static RecognitionState partialWith(CompensationMeasure measure, MeasureStatus progress) {
    return new RecognitionState(
        RecognitionStatus.PARTIAL_EQUIVALENCE,
        Optional.of(measure),
        Optional.of(progress),
        Optional.empty());
  }

  /** A copy of this state with the anabin rating of the awarding institution. */
  public RecognitionState withAnabin(AnabinRating rating) {
    return new RecognitionState(status, measure, measureStatus, Optional.of(rating));
  }
}
