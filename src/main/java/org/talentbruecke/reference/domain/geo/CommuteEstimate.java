package org.talentbruecke.reference.domain.geo;

/**
 * Rough commuting estimate between two municipalities, meant for ranking and explaining, never for
 * timetables.
 *
 * @param distanceKm great-circle distance between the municipality centres
 * @param carMinutes estimated door-to-door minutes by car
 * @param publicTransportMinutes estimated door-to-door minutes by bus and train
 */
public record CommuteEstimate(double distanceKm, int carMinutes, int publicTransportMinutes) {

  public CommuteEstimate {
    if (distanceKm < 0 || carMinutes < 0 || publicTransportMinutes < 0) {
      throw new IllegalArgumentException("commute values must not be negative");
    }
  }
}
