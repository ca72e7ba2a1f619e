package org.talentbruecke.matching.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * When and how a job seeker can work.
 *
 * @param hours the arrangements they are open to; empty means open to all
 * @param earliestStart null means immediately
 * @param commuteLimitKm their own limit, straight-line km between municipality centres; 0 means not
 *     stated (the score then assumes {@link ScoreRules#DEFAULT_COMMUTE_KM})
 */
public record Availability(Set<WorkingHours> hours, LocalDate earliestStart, int commuteLimitKm) {
  public Availability {
    hours = hours == null || hours.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hours));
    if (commuteLimitKm < 0 || commuteLimitKm > 1000) {
      throw new IllegalArgumentException("commute limit out of range: " + commuteLimitKm);
    }
  }
}
