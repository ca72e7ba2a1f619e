package org.talentbruecke.matching.domain;

import java.util.Objects;
import java.util.Optional;
import org.talentbruecke.reference.domain.recognition.RecognitionState;

/**
 * A vocational or academic qualification: its EQF level, the occupation it leads to, and for a
 * qualification from abroad the state of its recognition (empty: obtained in Germany, nothing to
 * recognise).
 */
public record Qualification(
    int eqfLevel, OccupationRef occupation, Optional<RecognitionState> recognition) {
  public Qualification {
    if (eqfLevel < 1 || eqfLevel > 8) {
      throw new IllegalArgumentException("EQF level must be 1..8: " + eqfLevel);
    }
    Objects.requireNonNull(occupation, "occupation");
    Objects.requireNonNull(recognition, "recognition");
  }

  public static Qualification domestic(int eqfLevel, OccupationRef occupation) {
    return new Qualification(eqfLevel, occupation, Optional.empty());
  }

  public static Qualification foreign(
      int eqfLevel, OccupationRef occupation, RecognitionState state) {
    return new Qualification(eqfLevel, occupation, Optional.of(state));
  }
}
